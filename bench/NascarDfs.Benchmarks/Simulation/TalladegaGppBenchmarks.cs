using BenchmarkDotNet.Attributes;
using NascarDfs.Domain.Randomness;
using NascarDfs.Domain.Scoring;
using NascarDfs.Domain.Sites;
using NascarDfs.Domain.Slates;
using NascarDfs.Optimization.Portfolio;
using NascarDfs.Simulation;
using NascarDfs.Simulation.Portfolios;
using NascarDfs.Simulation.Tracks;

namespace NascarDfs.Benchmarks.Simulation;

/// <summary>Issue 5's end-to-end target: a "Talladega GPP" (20,000 simulated races → 150-lineup coverage portfolio,
/// 40 drivers, max exposure 40%, max repeating 4) ≤ 3 s, strength fit included.</summary>
[MemoryDiagnoser]
public class TalladegaGppBenchmarks
{
    private Slate _slate = null!;

    [GlobalSetup]
    public void Setup()
    {
        var rng = new SeededRandom(188, 0);
        var grid = Enumerable.Range(1, 40).OrderBy(_ => rng.NextDouble()).ToArray();
        _slate = new Slate(Site.DraftKings, "Talladega", [.. Enumerable.Range(0, 40).Select(i => new Driver(
            $"D{i:00}", $"Driver {i}", 11_000 - i * 160 / 100 * 100, Math.Round(30 + 0.4 * grid[i] - 0.3 * i + 4 * rng.NextNormal(), 2), Start: grid[i]))], []);
    }

    [Benchmark]
    public int Coverage150From20k() => SimulationPortfolioBuilder.Build(new SimulationPortfolioRequest(
        new PortfolioRequest(_slate, 150, new PortfolioConstraints { MaxExposure = 40, MaxRepeating = 4 }),
        SimulationObjective.Coverage, ScoringTables.DraftKings, Race.AtTrack("Talladega", 188))
    {
        Simulation = new SimulationOptions { Simulations = 20_000 },
    }).Lineups.Count;
}
