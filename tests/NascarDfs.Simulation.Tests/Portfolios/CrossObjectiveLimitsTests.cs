using NascarDfs.Domain.Randomness;
using NascarDfs.Domain.Scoring;
using NascarDfs.Domain.Sites;
using NascarDfs.Domain.Slates;
using NascarDfs.Optimization.Portfolio;
using NascarDfs.Simulation.Portfolios;
using NascarDfs.Simulation.Tracks;

namespace NascarDfs.Simulation.Tests.Portfolios;

/// <summary>
/// One set of limits for every objective: random requests switching on every constraint kind go through the exact
/// optimizer and each simulation objective, and every portfolio must keep every constraint (checked by
/// <see cref="ConstraintChecker"/>, which shares no code with either). Simulations are few, so this stays fast.
/// </summary>
public class CrossObjectiveLimitsTests
{
    private const int Cases = 150;

    [Fact]
    public void Build_OwnMinAboveGlobalMax_EveryObjectiveLiftsTheMaxForThatDriver()
    {
        // The issue's case: global max 30%, one driver's own min 60%, 10 lineups. Each objective must build all 10
        // with him in at least 6 (his own min lifts the global max for him) and nobody else above 3.
        var slate = new Slate(Site.DraftKings, "Test", [.. TestSlates.Random(3, 24)], []);
        var him = slate.Drivers[10].Id;
        var request = new PortfolioRequest(slate, 10, new PortfolioConstraints
        {
            MaxExposure = 30,
            Exposures = new Dictionary<string, ExposureLimit> { [him] = new(Min: 60) },
        });

        var portfolios = new Dictionary<string, List<IReadOnlyList<string>>> { ["projection"] = Exact(request)! };
        foreach (var objective in Enum.GetValues<SimulationObjective>()) portfolios[objective.ToName()] = Simulated(request, objective, 7, 1_000)!;

        Assert.All(portfolios, p =>
        {
            Assert.True(p.Value.Count == 10, $"{p.Key}: {p.Value.Count} lineups");
            Assert.True(p.Value.Count(l => l.Contains(him)) >= 6, $"{p.Key}: him in {p.Value.Count(l => l.Contains(him))}");
            Assert.Empty(ConstraintChecker.Violations(request, p.Value));
        });
    }

    [Fact]
    public void Build_RandomRequests_EveryObjectiveKeepsEveryConstraint()
    {
        int feasible = 0, infeasible = 0, complete = 0, withMinimums = 0;
        for (var seed = 1; seed <= Cases; seed++)
        {
            var request = RandomRequest(seed);
            var exact = Exact(request);
            if (exact is null) infeasible++;
            else
            {
                feasible++;
                Assert.True(ConstraintChecker.Violations(request, exact) is [], $"seed {seed}, projection: {string.Join("; ", ConstraintChecker.Violations(request, exact))}");
            }

            foreach (var objective in Enum.GetValues<SimulationObjective>())
            {
                var simulated = Simulated(request, objective, (ulong)seed, 150);

                // One conflict check for both: a request the exact optimizer rejects, every objective rejects.
                Assert.True((exact is null) == (simulated is null), $"seed {seed}, {objective.ToName()}: exact {(exact is null ? "rejected" : "built")} it, simulation {(simulated is null ? "rejected" : "built")} it");
                if (simulated is null) continue;
                var problems = ConstraintChecker.Violations(request, simulated);
                Assert.True(problems.Count == 0, $"seed {seed}, {objective.ToName()}: {string.Join("; ", problems)}");
                if (simulated.Count == request.Lineups)
                {
                    complete++;
                    if (request.Slate.Drivers.Any(d => ConstraintChecker.Percents(request.Constraints, d).Min > 0)) withMinimums++;
                }
            }
        }

        // The property is only as strong as its cases: most build, some conflict, complete ones test the minimums.
        var summary = $"feasible {feasible}, infeasible {infeasible}, complete simulated {complete}, with minimums {withMinimums}";
        Assert.True(feasible > Cases / 2 && infeasible > 0, summary);
        Assert.True(complete > 2 * feasible && withMinimums > 40, summary);
    }

    private static List<IReadOnlyList<string>>? Exact(PortfolioRequest request)
    {
        try
        {
            return [.. PortfolioOptimizer.Build(request).Lineups.Select(l => (IReadOnlyList<string>)l.DriverIds)];
        }
        catch (InfeasibleRequestException)
        {
            return null;
        }
    }

    private static List<IReadOnlyList<string>>? Simulated(PortfolioRequest request, SimulationObjective objective, ulong seed, int sims)
    {
        try
        {
            var result = SimulationPortfolioBuilder.Build(new SimulationPortfolioRequest(request, objective, ScoringTables.DraftKings, new Race(TrackType.Intermediate, 200))
            {
                Simulation = new SimulationOptions { Simulations = sims, Seed = seed, FitToProjections = false },
                MeanCandidates = 3 * request.Lineups,
            });
            return [.. result.Lineups.Select(l => (IReadOnlyList<string>)l.Lineup.DriverIds)];
        }
        catch (InfeasibleRequestException)
        {
            return null;
        }
    }

    /// <summary>A DraftKings slate of 12–24 drivers and a request switching each constraint kind on now and then.</summary>
    private static PortfolioRequest RandomRequest(int seed)
    {
        var random = new Random(seed);
        var count = random.Next(12, 25);
        var rng = new SeededRandom((ulong)seed, 3);
        var drivers = TestSlates.Random((ulong)seed, count, outDrivers: random.Next(4) == 0 ? 1 : 0)
            .Select(d => d with { Ownership = random.Next(6) == 0 ? null : Math.Round(rng.NextDouble() * 35, 1) }).ToList();
        var slate = new Slate(Site.DraftKings, "Random", [.. drivers], []);
        var racing = drivers.Where(d => !d.Out).ToList();
        string Pick() => random.Next(2) == 0 ? racing[random.Next(racing.Count)].Id : racing[random.Next(racing.Count)].Name;
        var lineups = random.Next(2, 13);
        var exposures = new Dictionary<string, ExposureLimit>();
        for (var e = random.Next(3); e > 0; e--)
        {
            exposures[Pick()] = new(random.Next(2) == 0 ? random.Next(1, 8) * 10 : null, random.Next(2) == 0 ? random.Next(2, 11) * 10 : null);
        }

        var constraints = new PortfolioConstraints
        {
            Lock = random.Next(6) == 0 ? [Pick()] : [],
            Exclude = random.Next(4) == 0 ? [Pick(), Pick()] : [],
            MinSalary = random.Next(4) == 0 ? random.Next(38, 48) * 1000 : null,
            MaxSalary = random.Next(5) == 0 ? random.Next(44, 50) * 1000 : null,
            MaxExposure = random.Next(2) == 0 ? random.Next(3, 10) * 10 : null,
            MinExposure = random.Next(8) == 0 ? 10 : null,
            MaxRepeating = random.Next(3) == 0 ? random.Next(2, 6) : null,
            Exposures = exposures,
            Groups = random.Next(3) == 0 ? [new DriverGroup("G", [Pick(), Pick(), Pick(), Pick()], random.Next(2) == 0 ? 1 : null, random.Next(2) == 0 ? random.Next(1, 3) : null)] : [],
            StartRanges = random.Next(3) == 0 ? [new StartRange(random.Next(1, 6), random.Next(6, 16), random.Next(2) == 0 ? random.Next(1, 3) : null, random.Next(2) == 0 ? random.Next(2, 5) : null)] : [],
            MaxOwnership = random.Next(4) == 0 ? random.Next(60, 160) : null,
        };
        return new PortfolioRequest(slate, lineups, constraints);
    }
}
