using NascarDfs.Domain.Randomness;
using NascarDfs.Domain.Scoring;
using NascarDfs.Domain.Slates;
using NascarDfs.Simulation.Tracks;

namespace NascarDfs.Simulation.Tests;

/// <summary>Synthetic slates shaped like DraftKings NASCAR ones: salaries $4,500–$11,000 falling with a hidden
/// "true" speed, a grid correlated with it, and projections a plausible projector would write.</summary>
internal static class TestSlates
{
    /// <summary>Projections are the simulated means of a field whose strengths are the hidden speed (so every
    /// projection is reachable), each moved by up to ±5% as a projector's opinion would.</summary>
    public static List<Driver> Realistic(ulong seed, int drivers = 40, TrackType type = TrackType.Intermediate, int outDrivers = 0)
    {
        var slate = Random(seed, drivers, starts: true, outDrivers);
        var truth = RaceSimulator.Run(new SimulationRequest(slate, ScoringTables.DraftKings, new Race(type, 200))
        {
            Options = new SimulationOptions { Simulations = 2_000, Seed = seed, FitToProjections = false },
        }).SummarizeDrivers();
        var rng = new SeededRandom(seed, 7);
        return slate.Select((d, i) => d with { Projection = d.Out ? 0 : Math.Round(truth[i].Mean * (0.95 + 0.1 * rng.NextDouble()), 2) }).ToList();
    }

    /// <summary>Projections falling with salary plus noise, a grid shuffled around salary rank.</summary>
    public static List<Driver> Random(ulong seed, int drivers = 40, bool starts = true, int outDrivers = 0)
    {
        var rng = new SeededRandom(seed, 99);
        var starters = drivers - outDrivers;
        // Grid: salary rank plus noise, so fast cars mostly start up front, as after qualifying.
        var grid = Enumerable.Range(0, starters).OrderBy(k => k + 12 * rng.NextNormal()).ToArray();
        var startOf = new int[starters];
        for (var pos = 0; pos < starters; pos++) startOf[grid[pos]] = pos + 1;
        var list = new List<Driver>();
        var car = 0;
        for (var i = 0; i < drivers; i++)
        {
            var salary = 11_000 - i * 6_500 / Math.Max(1, drivers - 1) / 100 * 100;
            var projection = Math.Max(2, 55 - i * 1.2 + 8 * rng.NextNormal());
            var isOut = outDrivers > 0 && i % 7 == 3 && list.Count(d => d.Out) < outDrivers;
            int? start = !isOut && starts ? startOf[car] : null;
            if (!isOut) car++;
            list.Add(new Driver($"D{i:00}", $"Driver {i}", salary, Math.Round(projection, 2), Start: start, Out: isOut));
        }

        return list;
    }
}
