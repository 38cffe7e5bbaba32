using System.Collections.Immutable;
using NascarDfs.Domain.Sites;
using NascarDfs.Domain.Slates;
using NascarDfs.Optimization.Portfolio;

namespace NascarDfs.Optimization.Tests.Portfolio;

public sealed class InfeasibleRequestTests
{
    // Ten drivers: A..J, salaries 12,000 down to 3,000, projections 50 down to 5.
    private static readonly Slate Slate = new(Site.DraftKings, "Test",
        [.. Enumerable.Range(0, 10).Select(i => new Driver($"{i}", $"Driver {(char)('A' + i)}", 12_000 - (i * 1_000), 50 - (i * 5), Start: i + 1, Ownership: 10))],
        ImmutableArray<string>.Empty);

    private static string ConflictOf(PortfolioConstraints constraints, int lineups = 10) =>
        Assert.Throws<InfeasibleRequestException>(() => PortfolioOptimizer.Build(new PortfolioRequest(Slate, lineups, constraints))).Message;

    [Fact]
    public void Build_LockedDriversLeaveNoRoom_NamesTheCheapestLineup()
    {
        // 12,000 + 11,000 + 10,000 + 9,000 + 8,000 = 50,000, and the cheapest sixth driver costs 3,000.
        var message = ConflictOf(new PortfolioConstraints { Lock = ["Driver A", "Driver B", "Driver C", "Driver D", "Driver E"] });
        Assert.Contains("the locked drivers ($50,000) and the 1 cheapest available drivers, costs $53,000, above the $50,000 cap", message);
    }

    [Fact]
    public void Build_LockedDriversOverCap_SaysAboveTheCap()
    {
        var message = ConflictOf(new PortfolioConstraints { Lock = ["0", "1", "2", "3", "4"], MaxSalary = 49_000 });
        Assert.Contains("Locked drivers cost $50,000, above the $49,000 max salary", message);
    }

    [Fact]
    public void Build_TooManyFullExposureDrivers_CountsThemAgainstTheSlots()
    {
        var exposures = Enumerable.Range(3, 5).ToDictionary(i => $"{i}", _ => new ExposureLimit(Min: 100));
        var message = ConflictOf(new PortfolioConstraints { Exposures = exposures, Lock = ["9", "8"] });
        Assert.Contains("need 100% exposure and 2 more are locked", message);
    }

    [Fact]
    public void Build_LockWithMaxExposureBelowFull_IsAConflict()
    {
        var message = ConflictOf(new PortfolioConstraints { Lock = ["Driver J"], Exposures = new Dictionary<string, ExposureLimit> { ["Driver J"] = new(Max: 50) } });
        Assert.Contains("Driver J is locked (100% exposure) but has a max exposure of 50%", message);
    }

    [Fact]
    public void Build_LockedAndExcluded_IsAConflict() =>
        Assert.Contains("Driver C is locked but also excluded", ConflictOf(new PortfolioConstraints { Lock = ["2"], Exclude = ["Driver C"] }));

    [Fact]
    public void Build_MinAboveMaxExposure_IsAConflict() =>
        Assert.Contains("needs at least 6 of 10 lineups", ConflictOf(new PortfolioConstraints { Exposures = new Dictionary<string, ExposureLimit> { ["3"] = new(60, 40) } }));

    [Fact]
    public void Build_GroupAtLeastAboveAtMost_IsAConflict() =>
        Assert.Contains("Group 'Gibbs' asks for at least 3 but at most 1 drivers", ConflictOf(new PortfolioConstraints { Groups = [new DriverGroup("Gibbs", ["0", "1", "2"], AtLeast: 3, AtMost: 1)] }));

    [Fact]
    public void Build_LocksAboveMaxRepeating_IsAConflict() =>
        Assert.Contains("max repeating allows only 1", ConflictOf(new PortfolioConstraints { Lock = ["8", "9"], MaxRepeating = 1 }));

    [Fact]
    public void Build_OwnershipCapBelowLocks_IsAConflict() =>
        Assert.Contains("ownership cap", ConflictOf(new PortfolioConstraints { Lock = ["8", "9"], MaxOwnership = 15 }));

    [Fact]
    public void Build_RulesPossibleAloneButNotTogether_SaysNoLineupSatisfiesThem()
    {
        // Start range 1–3 needs 3 drivers (the three dearest, $33,000) but min salary is low enough and max salary blocks them with 3 others.
        var message = ConflictOf(new PortfolioConstraints { StartRanges = [new StartRange(1, 3, AtLeast: 3)], MaxSalary = 44_000 });
        Assert.Contains("No lineup satisfies every constraint together", message);
        Assert.Contains("start range 1–3 at least 3", message);
    }

    [Fact]
    public void Build_PoolRunsOut_ReturnsWhatExistsWithAReason()
    {
        // Seven available drivers give seven distinct lineups of six.
        var result = PortfolioOptimizer.Build(new PortfolioRequest(Slate, 20, new PortfolioConstraints { Exclude = ["0", "1", "2"], MaxSalary = 50_000 }));
        Assert.Equal(7, result.Lineups.Count);
        Assert.Contains("Stopped after 7 of 20 lineups", result.StoppedEarly);
        Assert.Contains(result.Warnings, w => w == result.StoppedEarly);
    }

    [Fact]
    public void Build_UnknownDriver_IsBadInputNamingIt() =>
        Assert.Contains("Nobody", Assert.ThrowsAny<ArgumentException>(() => PortfolioOptimizer.Build(new PortfolioRequest(Slate, 1, new PortfolioConstraints { Lock = ["Nobody"] }))).Message);

    [Fact]
    public void Build_MaxExposureRoundingDownToZero_SaysSo() =>
        Assert.Contains("a max exposure of 50% of 1 lineups rounds down to 0 lineups", ConflictOf(new PortfolioConstraints { MaxExposure = 50 }, lineups: 1));

    [Fact]
    public void Build_OwnMinAboveGlobalMax_LiftsTheMaxForThatDriver()
    {
        // 4 lineups: the global 50% allows 2 each; Driver A's own 70% (3 of 4) lifts that cap for him.
        var result = PortfolioOptimizer.Build(new PortfolioRequest(Slate, 4, new PortfolioConstraints
        {
            MaxExposure = 50,
            Exposures = new Dictionary<string, ExposureLimit> { ["Driver A"] = new(Min: 70) },
        }));

        Assert.True(result.Exposures["0"].Count >= 3, $"Driver A in {result.Exposures["0"].Count} of {result.Lineups.Count} lineups");
        Assert.All(result.Exposures.Where(e => e.Key != "0"), e => Assert.True(e.Value.Count <= 2));
    }

    [Fact]
    public void LineupSolver_RulesPossibleAloneButNotTogether_ConflictsBeforeAnySimulation()
    {
        var plan = Optimization.Search.LineupSolver.Create(new PortfolioRequest(Slate, 5, new PortfolioConstraints
        {
            Groups = [new DriverGroup("Top", ["0", "1", "2"], AtLeast: 3)],
            StartRanges = [new StartRange(1, 3, AtMost: 1)],
        }));

        Assert.Contains(plan.Conflicts, c => c.StartsWith("No lineup satisfies every constraint together", StringComparison.Ordinal));
    }
}
