using NascarDfs.Domain.Slates;
using NascarDfs.Optimization.Portfolio;
using NascarDfs.Testing;

namespace NascarDfs.Optimization.Tests.Portfolio;

public sealed class RealSlateTests
{
    private static Slate Daytona() => SlateAssembler.Assemble(SalaryFileReader.Read(TestData.Daytona2019Slate), null);

    [Fact]
    public void Build_Daytona2019TopLineup_EqualsExhaustiveSearch()
    {
        var slate = Daytona();
        var request = new PortfolioRequest(slate, 1, new PortfolioConstraints());
        var expected = new BruteForcePortfolio(request).Build().Single();

        var lineup = PortfolioOptimizer.Build(request).Lineups.Single();

        Assert.Equal(expected, lineup.DriverIds.Order(StringComparer.Ordinal));
        Assert.True(lineup.Salary <= 50_000);
    }

    [Fact]
    public void Build_Daytona2019Portfolio_IsNonIncreasingAndRespectsLimits()
    {
        var request = new PortfolioRequest(Daytona(), 150, new PortfolioConstraints { MaxExposure = 50, MaxRepeating = 4 });
        var result = PortfolioOptimizer.Build(request);

        Assert.Equal(150, result.Lineups.Count);
        Assert.Null(result.StoppedEarly);
        for (var i = 1; i < result.Lineups.Count; i++) Assert.True(result.Lineups[i].Projection <= result.Lineups[i - 1].Projection + 1e-9);
        Assert.All(result.Exposures.Values, e => Assert.True(e.Count <= 75));
        for (var a = 0; a < result.Lineups.Count; a++)
        {
            for (var b = a + 1; b < result.Lineups.Count; b++)
            {
                Assert.True(result.Lineups[a].DriverIds.Intersect(result.Lineups[b].DriverIds).Count() <= 4);
            }
        }
    }

    [Fact]
    public void Build_SameSeedWithRandomness_GivesSamePortfolio_OtherSeedDiffers()
    {
        var slate = Daytona();
        PortfolioResult Run(ulong seed) => PortfolioOptimizer.Build(new PortfolioRequest(slate, 20, new PortfolioConstraints(), Randomness: 25, Seed: seed));

        var first = Run(42).Lineups.Select(l => string.Join(",", l.DriverIds)).ToList();
        var again = Run(42).Lineups.Select(l => string.Join(",", l.DriverIds)).ToList();
        var other = Run(43).Lineups.Select(l => string.Join(",", l.DriverIds)).ToList();

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Build_CancelledToken_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            PortfolioOptimizer.Build(new PortfolioRequest(Daytona(), 5, new PortfolioConstraints()), cancellationToken: cancellation.Token));
    }

    [Fact]
    public void Build_Progress_ReportsEveryLineup()
    {
        var reports = new List<PortfolioProgress>();
        PortfolioOptimizer.Build(new PortfolioRequest(Daytona(), 4, new PortfolioConstraints()), new SynchronousProgress(reports.Add));
        Assert.Equal([new(1, 4), new(2, 4), new(3, 4), new(4, 4)], reports);
    }

    [Fact]
    public async Task StreamAsync_YieldsTheSameLineupsAsBuild()
    {
        var request = new PortfolioRequest(Daytona(), 6, new PortfolioConstraints { MaxExposure = 50 });
        var streamed = new List<string>();
        await foreach (var lineup in PortfolioOptimizer.StreamAsync(request)) streamed.Add(string.Join(",", lineup.DriverIds));
        Assert.Equal(PortfolioOptimizer.Build(request).Lineups.Select(l => string.Join(",", l.DriverIds)), streamed);
    }

    private sealed class SynchronousProgress(Action<PortfolioProgress> report) : IProgress<PortfolioProgress>
    {
        public void Report(PortfolioProgress value) => report(value);
    }
}
