using NascarDfs.Domain.Randomness;
using NascarDfs.Domain.Scoring;
using NascarDfs.Domain.Slates;
using NascarDfs.Simulation.Model;
using NascarDfs.Simulation.RaceLogs;
using NascarDfs.Simulation.Tracks;

namespace NascarDfs.Simulation.Calibration;

/// <summary>The real races of one track type the calibration uses, and their metrics real and simulated.</summary>
internal static class CalibrationSet
{
    /// <summary>Cup points races of the type with clean finishes and grids; a type with fewer than
    /// <paramref name="minCupRaces"/> of them (dirt: 3) is topped up with the other series' races of that type.</summary>
    public static List<RealRace> Select(RaceLog log, TrackType type, int minCupRaces, DateOnly? before = null)
    {
        var usable = log.Races.Where(r => r.Type == type && r.Exhibition == ExhibitionKind.None && Clean(r) && (before is null || r.Date < before)).ToList();
        var cup = usable.Where(r => r.Series == "Cup").ToList();
        return cup.Count >= minCupRaces ? cup : [.. cup, .. usable.Where(r => r.Series != "Cup")];
    }

    /// <summary>Per race, its weight: <c>0.5^(age / half-life)</c> with the age in years before <paramref name="reference"/>
    /// (default: the latest race), times <paramref name="preNextGenWeight"/> for races before the 2022 car; all 1 when
    /// <paramref name="halfLifeYears"/> is 0 and the pre-2022 weight 1.</summary>
    public static double[] Weights(IReadOnlyList<RealRace> races, double halfLifeYears, double preNextGenWeight, DateOnly? reference = null)
    {
        if (races.Count == 0) return [];
        var latest = reference ?? races.Max(r => r.Date);
        return races.Select(r =>
        {
            var age = Math.Max(0, latest.DayNumber - r.Date.DayNumber) / 365.25;
            var w = halfLifeYears > 0 ? Math.Pow(0.5, age / halfLifeYears) : 1;
            return r.Date.Year < NextGenYear ? w * preNextGenWeight : w;
        }).ToArray();
    }

    /// <summary>The first season of the Next Gen (2022) car: fewer cautions and lapped cars, different place differential.</summary>
    public const int NextGenYear = 2022;

    /// <summary>Finishes 1..N, distinct positive starts, at least two cars.</summary>
    public static bool Clean(RealRace race) =>
        race.Entries.Length >= 2 && race.FinishesArePermutation
        && race.Entries.All(e => e.Start >= 1) && race.Entries.Select(e => e.Start).Distinct().Count() == race.Entries.Length;

    /// <summary>The real caution share: a fastest lap can only be set under green, so green laps ≈ Σ fastest laps.</summary>
    public static double CautionShare(RealRace race) => Math.Clamp(1.0 - race.Entries.Sum(e => e.FastestLaps) / (double)race.Laps, 0, 0.95);

    public static CalibrationMetrics Real(IReadOnlyList<RealRace> races, double[]? weights = null)
    {
        var acc = new MetricsAccumulator();
        for (var k = 0; k < races.Count; k++)
        {
            var race = races[k];
            var e = race.Entries;
            acc.Add(
                e.Select(x => x.Start).ToArray(), e.Select(x => x.Finish).ToArray(), e.Select(x => x.Laps).ToArray(),
                e.Select(x => x.LapsLed).ToArray(), e.Select(x => x.FastestLaps).ToArray(), e.Select(x => x.Running).ToArray(),
                race.Laps, CautionShare(race), includeLapsLed: !race.LapsLedExceedLaps, weight: weights?[k] ?? 1);
        }

        return acc.ToMetrics(races.Count);
    }

    /// <summary>Simulates each real race <paramref name="simsPerRace"/> times from its grid (strength −k·ln(start + h)).</summary>
    public static CalibrationMetrics Simulate(IReadOnlyList<RealRace> races, TrackTypeParameters parameters, int simsPerRace, ulong seed, double[]? weights = null)
    {
        var acc = new MetricsAccumulator();
        for (var k = 0; k < races.Count; k++)
        {
            var race = races[k];
            var drivers = race.Entries.Select(e => new Driver(e.DriverId, e.DriverName, 0, 0, Start: e.Start)).ToList();
            var request = new SimulationRequest(drivers, ScoringTables.DraftKings, new Race(parameters.Type, race.Laps));
            var field = Field.Build(drivers);
            var kernel = RaceSimulator.CreateKernel(parameters, request, field, fromGrid: true);
            var scratch = new RaceScratch(field.Cars);
            var running = new bool[field.Cars];
            var rng = new SeededRandom(seed, (ulong)k);
            for (var sim = 0; sim < simsPerRace; sim++)
            {
                kernel.Simulate(ref rng, scratch);
                for (var i = 0; i < running.Length; i++) running[i] = scratch.Status[i] == (byte)CarStatus.Running;
                acc.Add(kernel.Starts, scratch.Finish, scratch.LapsCompleted, scratch.LapsLed, scratch.FastestLaps, running,
                    race.Laps, scratch.CautionLaps / (double)race.Laps, weight: weights?[k] ?? 1);
            }
        }

        return acc.ToMetrics(races.Count);
    }
}
