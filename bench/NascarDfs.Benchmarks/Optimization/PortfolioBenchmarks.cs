using BenchmarkDotNet.Attributes;
using NascarDfs.Domain.Slates;
using NascarDfs.Optimization.Portfolio;

namespace NascarDfs.Benchmarks.Optimization;

/// <summary>Issue 2's targets on a 40-driver DraftKings slate: 1 lineup ≤ 1 ms; 150 lineups at 50%/repeat 4 ≤ 50 ms; 30%/repeat 2 ≤ 200 ms.</summary>
[MemoryDiagnoser]
public class PortfolioBenchmarks
{
    private Slate _slate = null!;

    [GlobalSetup]
    public void Setup() => _slate = BenchmarkSlates.Forty();

    [Benchmark]
    public int OneLineup() => PortfolioOptimizer.Build(new PortfolioRequest(_slate, 1, new PortfolioConstraints())).Lineups.Count;

    [Benchmark]
    public int Lineups150_MaxExposure50_MaxRepeating4() =>
        PortfolioOptimizer.Build(new PortfolioRequest(_slate, 150, new PortfolioConstraints { MaxExposure = 50, MaxRepeating = 4 })).Lineups.Count;

    [Benchmark]
    public int Lineups150_MaxExposure30_MaxRepeating2() =>
        PortfolioOptimizer.Build(new PortfolioRequest(_slate, 150, new PortfolioConstraints { MaxExposure = 30, MaxRepeating = 2 })).Lineups.Count;
}
