using FsCheck;
using FsCheck.Fluent;
using NascarDfs.Domain.Slates;
using NascarDfs.Optimization.Portfolio;

namespace NascarDfs.Optimization.Tests.Portfolio;

public sealed class PortfolioOptimizerTests
{
    [FsCheck.Xunit.Property(MaxTest = 400)]
    public Property Build_RandomSmallSlates_EqualsExhaustiveEnumeration(PositiveInt seedSource)
    {
        var request = RandomRequests.Create(seedSource.Get);
        var oracle = new BruteForcePortfolio(request);
        var expected = oracle.Build();
        var conflicts = PortfolioOptimizer.FindConflicts(request);
        if (conflicts.Count > 0)
        {
            // A conflict must be real: the exhaustive sequential build cannot deliver the whole request.
            return (!oracle.MeetsEveryMinimum(expected)).Label($"seed {seedSource.Get}: reported conflict '{conflicts[0]}' but the oracle built the whole portfolio");
        }

        if (expected.Count == 0)
        {
            var threw = Assert.Throws<InfeasibleRequestException>(() => PortfolioOptimizer.Build(request));
            return (threw.Message.Length > 0).Label($"seed {seedSource.Get}");
        }

        var actual = PortfolioOptimizer.Build(request);
        var actualSets = actual.Lineups.Select(l => l.DriverIds.Order(StringComparer.Ordinal).ToArray()).ToList();
        var same = actualSets.Count == expected.Count && actualSets.Zip(expected).All(p => p.First.SequenceEqual(p.Second));
        var stopped = (actual.StoppedEarly is not null) == (expected.Count < request.Lineups);
        return (same && stopped).Label(
            $"seed {seedSource.Get}: expected [{string.Join(" | ", expected.Select(l => string.Join(",", l)))}] got [{string.Join(" | ", actualSets.Select(l => string.Join(",", l)))}]");
    }

    [Fact]
    public void Build_Lineups_NeverRepeatADriverOrALineup()
    {
        for (var seed = 1; seed <= 60; seed++)
        {
            var request = RandomRequests.Create(seed) with { Constraints = new PortfolioConstraints() };
            if (PortfolioOptimizer.FindConflicts(request).Count > 0) continue;
            var result = PortfolioOptimizer.Build(request);
            Assert.All(result.Lineups, l => Assert.Equal(l.DriverIds.Length, l.DriverIds.Distinct().Count()));
            var keys = result.Lineups.Select(l => string.Join(",", l.DriverIds.Order(StringComparer.Ordinal))).ToList();
            Assert.Equal(keys.Count, keys.Distinct().Count());
        }
    }

    [Fact]
    public void Build_LineupOrderAndExposures_FollowTheResultContract()
    {
        var request = RandomRequests.Create(7) with { Lineups = 5, Constraints = new PortfolioConstraints() };
        var result = PortfolioOptimizer.Build(request);
        var byId = request.Slate.Drivers.ToDictionary(d => d.Id);
        foreach (var lineup in result.Lineups)
        {
            var sorted = lineup.DriverIds.OrderByDescending(id => byId[id].Salary).ThenBy(id => id, StringComparer.Ordinal);
            Assert.Equal(sorted, lineup.DriverIds);
            Assert.Equal(lineup.DriverIds.Sum(id => byId[id].Salary), lineup.Salary);
            Assert.Equal(Math.Round(lineup.DriverIds.Sum(id => byId[id].Projection), 4), lineup.Projection, 6);
        }

        foreach (var (id, exposure) in result.Exposures)
        {
            var count = result.Lineups.Count(l => l.DriverIds.Contains(id));
            Assert.Equal(count, exposure.Count);
            Assert.Equal(100.0 * count / 5, exposure.Percent, 6);
        }
    }
}
