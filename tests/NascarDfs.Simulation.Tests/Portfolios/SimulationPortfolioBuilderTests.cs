using NascarDfs.Domain.Scoring;
using NascarDfs.Domain.Sites;
using NascarDfs.Domain.Slates;
using NascarDfs.Optimization.Portfolio;
using NascarDfs.Simulation.Portfolios;
using NascarDfs.Simulation.Tracks;

namespace NascarDfs.Simulation.Tests.Portfolios;

public class SimulationPortfolioBuilderTests
{
    private static readonly Lazy<Slate> Field = new(() => new Slate(Site.DraftKings, "Test", [.. TestSlates.Realistic(21, 40, TrackType.Superspeedway)], []));

    private static SimulationPortfolioResult Build(SimulationObjective objective, PortfolioConstraints constraints, int lineups = 20, double? target = null) =>
        SimulationPortfolioBuilder.Build(new SimulationPortfolioRequest(
            new PortfolioRequest(Field.Value, lineups, constraints), objective, ScoringTables.DraftKings, new Race(TrackType.Superspeedway, 188))
        {
            Simulation = new SimulationOptions { Simulations = 4_000, Seed = 5 },
            Target = target,
        });

    [Theory]
    [InlineData(SimulationObjective.SimMean)]
    [InlineData(SimulationObjective.Target)]
    [InlineData(SimulationObjective.Optimal)]
    [InlineData(SimulationObjective.Coverage)]
    public void Build_EveryObjective_HonoursEveryConstraint(SimulationObjective objective)
    {
        var drivers = Field.Value.Drivers;
        var locked = drivers.OrderByDescending(d => d.Projection).ElementAt(3).Id;
        var excluded = drivers.OrderByDescending(d => d.Projection).First().Id;
        var constraints = new PortfolioConstraints { Lock = [locked], Exclude = [excluded], MaxExposure = 40, MaxRepeating = 3, MinSalary = 45_000 };
        var result = Build(objective, constraints);

        Assert.Equal(20, result.Lineups.Count);
        var sets = result.Lineups.Select(l => l.Lineup.DriverIds.ToHashSet()).ToList();
        Assert.All(result.Lineups, l =>
        {
            Assert.Equal(6, l.Lineup.DriverIds.Distinct().Count());
            Assert.InRange(l.Lineup.Salary, 45_000, 50_000);
            Assert.Contains(locked, l.Lineup.DriverIds);
            Assert.DoesNotContain(excluded, l.Lineup.DriverIds);
        });
        for (var a = 0; a < sets.Count; a++)
            for (var b = a + 1; b < sets.Count; b++)
                Assert.True(sets[a].Intersect(sets[b]).Count() <= 3, "max repeating 3");
        Assert.All(result.Exposures.Where(e => e.Key != locked), e => Assert.True(e.Value.Count <= 8, $"{e.Key} in {e.Value.Count} of 20"));
        Assert.Equal(100, result.Exposures[locked].Percent);
    }

    [Fact]
    public void Build_DefaultTarget_IsNinetyPercentOfTheMedianOptimum_AndCoverageBeatsSimMean()
    {
        var coverage = Build(SimulationObjective.Coverage, new PortfolioConstraints(), 10);
        var mean = Build(SimulationObjective.SimMean, new PortfolioConstraints(), 10);
        Assert.Equal(0.9 * coverage.MedianOptimalScore, coverage.Target, 6);
        Assert.True(coverage.Coverage >= mean.Coverage, $"coverage {coverage.Coverage} vs sim-mean {mean.Coverage}");
        Assert.True(mean.Lineups[0].Summary.Mean >= mean.Lineups[^1].Summary.Mean);
        Assert.InRange(coverage.Drivers.Sum(d => d.OptimalShare ?? 0), 5.99, 6.01); // six drivers in each race's optimum
        Assert.All(coverage.Lineups, l => Assert.NotNull(l.Summary.TargetProbability));
    }

    [Fact]
    public void Build_Target_ObjectiveOrdersByProbability()
    {
        var result = Build(SimulationObjective.Target, new PortfolioConstraints(), 5, target: 250);
        Assert.Equal(250, result.Target);
        var p = result.Lineups.Select(l => l.Summary.TargetProbability!.Value).ToList();
        Assert.Equal(p.OrderByDescending(x => x), p);
    }

    [Fact]
    public void Build_Conflicts_FailBeforeSimulating()
    {
        var ids = Field.Value.Drivers.OrderByDescending(d => d.Salary).Take(6).Select(d => d.Id).ToList();
        var ex = Assert.Throws<InfeasibleRequestException>(() => Build(SimulationObjective.Coverage, new PortfolioConstraints { Lock = ids }));
        Assert.Contains("cap", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Names_RoundTrip()
    {
        foreach (var o in Enum.GetValues<SimulationObjective>()) Assert.Equal(o, SimulationObjectiveNames.Find(o.ToName()));
        Assert.Null(SimulationObjectiveNames.Find("projection"));
    }
}
