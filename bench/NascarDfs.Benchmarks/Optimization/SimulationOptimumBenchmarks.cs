using BenchmarkDotNet.Attributes;
using NascarDfs.Domain.Randomness;
using NascarDfs.Optimization.Portfolio;
using NascarDfs.Optimization.Search;

namespace NascarDfs.Benchmarks.Optimization;

/// <summary>
/// Issue 5's target: the exact optimum of one simulated race ≤ 20 µs mean on 40 drivers. Score vectors are the
/// slate's projections with normal noise of 45% (a race's spread), 1,000 of them, searched one after another.
/// </summary>
public class SimulationOptimumBenchmarks
{
    private const int Vectors = 1_000;
    private ScoreVectorSearch _search = null!;
    private float[][] _scores = null!;

    [GlobalSetup]
    public void Setup()
    {
        var plan = LineupSolver.Create(new PortfolioRequest(BenchmarkSlates.Forty(), 1, new PortfolioConstraints()));
        _search = plan.CreateSearch();
        var random = new SeededRandom(7);
        _scores = [.. Enumerable.Range(0, Vectors).Select(_ => plan.Drivers.Select(d => (float)Math.Max(0, d.Projection * (1 + (0.45 * random.NextNormal())))).ToArray())];
    }

    [Benchmark(OperationsPerInvoke = Vectors)]
    public double OptimumPerSimulation()
    {
        var total = 0.0;
        foreach (var scores in _scores)
        {
            _search.TryFindBest(scores, out _, out var score);
            total += score;
        }

        return total;
    }
}
