using FsCheck;
using FsCheck.Fluent;
using NascarDfs.Domain.Sites;
using NascarDfs.Domain.Slates;
using NascarDfs.Optimization.Portfolio;
using NascarDfs.Optimization.Search;

namespace NascarDfs.Optimization.Tests.Portfolio;

public sealed class PortfolioLimitsTests
{
    // A selector that takes the limits' best allowed lineup by projection, step by step, is the exact optimizer:
    // the selection limits and the sequential builder are the same rules.
    [FsCheck.Xunit.Property(MaxTest = 200)]
    public Property BestNextRepeatedly_RandomRequests_EqualsTheExhaustiveSequentialPortfolio(PositiveInt seedSource)
    {
        var request = RandomRequests.Create(seedSource.Get) with { Randomness = 0 };
        var solver = LineupSolver.Create(request);
        if (solver.Conflicts.Count > 0) return true.Label("conflicting request: nothing to compare");

        var expected = new BruteForcePortfolio(request).Build();
        var limits = solver.CreateLimits();
        var points = solver.Drivers.Select(d => d.Projection).ToList();
        var built = new List<string[]>();
        while (limits.BestNext(points) is { } next)
        {
            Assert.True(limits.Allows(next));
            limits.Accept(next);
            built.Add([.. next.Indices().Select(i => solver.Drivers[i].Id)]);
        }

        var same = built.Count == expected.Count && built.Zip(expected).All(p => p.First.SequenceEqual(p.Second));
        return same.Label($"seed {seedSource.Get}: expected [{string.Join(" | ", expected.Select(l => string.Join(",", l)))}] got [{string.Join(" | ", built.Select(l => string.Join(",", l)))}]");
    }

    [Fact]
    public void Accept_BlockedLineup_Throws()
    {
        var request = RandomRequests.Create(3) with { Constraints = new PortfolioConstraints() };
        var solver = LineupSolver.Create(request);
        var limits = solver.CreateLimits();
        var first = limits.BestNext([.. solver.Drivers.Select(d => d.Projection)])!.Value;
        limits.Accept(first);
        Assert.True(limits.Blocked(first)); // never the same lineup twice
        Assert.Throws<InvalidOperationException>(() => limits.Accept(first));
    }

    [Fact]
    public void Required_OwnMinAboveGlobalMax_LiftsTheMaxAndForcesHimWhenLineupsRunShort()
    {
        // 4 lineups, global max 25% (1 each), driver 00's own 75% (3 of 4): lifted for him, and once he sits out
        // lineup 1 (he projects worst) he is required in every lineup left.
        var slate = new Slate(Site.DraftKings, "Test",
            [.. Enumerable.Range(0, 30).Select(i => new Driver($"{i:00}", $"Driver {i}", 9_000 - (i * 100), i == 0 ? 1 : 60 - i))], []);
        var constraints = new PortfolioConstraints { MaxExposure = 25, Exposures = new Dictionary<string, ExposureLimit> { ["00"] = new(Min: 75) } };
        var solver = LineupSolver.Create(new PortfolioRequest(slate, 4, constraints));
        var limits = solver.CreateLimits();
        var points = solver.Drivers.Select(d => d.Projection).ToList();
        var withHim = 0;
        while (limits.BestNext(points) is { } next)
        {
            if (limits.Chosen >= 1) Assert.True(limits.Required().Contains(0), $"lineup {limits.Chosen + 1}");
            if (next.Contains(0)) withHim++;
            limits.Accept(next);
        }

        Assert.Equal(4, limits.Chosen);
        Assert.Equal(3, withHim);
    }
}
