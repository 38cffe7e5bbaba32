using NascarDfs.Domain.Randomness;
using NascarDfs.Domain.Scoring;
using NascarDfs.Domain.Sites;
using NascarDfs.Domain.Slates;
using NascarDfs.Simulation.Model;
using NascarDfs.Simulation.Projections;
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

    /// <summary>The central band of <see cref="CalibrationMetrics.CentralCoverage"/>: a real value's PIT
    /// <c>(rank + ½) ÷ (sims + 1)</c> between these.</summary>
    private const double CentralLow = 0.1, CentralHigh = 0.9;

    /// <summary><see cref="CalibrationMetrics.FavouritesFarBack"/>: the projected top five, outside the top 20.</summary>
    private const int FavouriteCount = 5, FarBackFinish = 20;

    /// <summary>The races of <paramref name="races"/> that have at least <paramref name="historyDays"/> days of earlier
    /// Cup races in <paramref name="log"/>, set up as the evaluation simulates a race: every starter projected by the
    /// history projector from earlier races only (real grid, DraftKings table of the day), strengths to be fitted.</summary>
    public static List<ProjectedRace> Project(RaceLog log, IReadOnlyList<RealRace> races, HistoryProjectorOptions projector, int historyDays)
    {
        var first = log.Races.Where(r => r.IsCupPointsRace).Select(r => r.Date).DefaultIfEmpty(DateOnly.MaxValue).Min();
        var result = new List<ProjectedRace>();
        foreach (var race in races)
        {
            if (race.Series != "Cup" || race.Date.DayNumber - first.DayNumber < historyDays) continue;
            var scoring = ScoringTables.ForDate(Site.DraftKings, race.Date);
            var projections = HistoryProjector.Project(log, new HistoryQuery(race.Type!.Value, race.TrackName, race.Date, scoring),
                race.Entries.Select(e => (e.DriverName, (int?)e.Start)).ToList(), projector);
            var drivers = race.Entries.Select((e, i) => new Driver($"{i}:{e.DriverId}", e.DriverName, 0, projections[i].Projection,
                StdDev: projections[i].StdDev, Start: e.Start)).ToList();
            var request = new SimulationRequest(drivers, scoring, new Race(race.Type!.Value, race.Laps, race.TrackName, race.Date));
            var field = Field.Build(drivers);
            var real = race.Entries.Select(e => scoring.Score(new RaceResult(e.Start, e.Finish, e.LapsLed, e.FastestLaps, e.Laps))).ToArray();
            result.Add(new ProjectedRace(race, request, field, [.. projections.Select(p => p.Projection)], real));
        }

        return result;
    }

    /// <summary>Fits every race's strengths to its projections under <paramref name="parameters"/>, as
    /// <see cref="RaceSimulator"/> does (same fitter, common random numbers), races in parallel.</summary>
    public static void FitStrengths(IReadOnlyList<ProjectedRace> races, TrackTypeParameters parameters, int sims, ulong seed, CancellationToken cancellationToken)
    {
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, races.Count, options, k =>
        {
            var race = races[k];
            var kernel = RaceSimulator.CreateKernel(parameters, race.Request, race.Field, fromGrid: false);
            var fitter = new StrengthFitter(kernel, race.Projections);
            var raceSeed = seed + 7919UL * (ulong)(k + 1);
            while (fitter.Passes < SimulationDefaults.MaxFitIterations)
            {
                var means = BlockRunner.MeanPoints(kernel, sims, raceSeed, 1, cancellationToken);
                if (fitter.Step(means)) break;
            }

            race.Strengths = [.. kernel.Strengths];
        });
    }

    /// <summary>Simulates each projected race <paramref name="simsPerRace"/> times with its fitted strengths (and the
    /// per-race strength shifts of <paramref name="parameters"/>), and measures how often the real points fall in each
    /// driver's central simulated band as well.</summary>
    public static CalibrationMetrics Simulate(IReadOnlyList<ProjectedRace> races, TrackTypeParameters parameters, int simsPerRace, ulong seed, double[]? weights = null)
    {
        var acc = new MetricsAccumulator();
        for (var k = 0; k < races.Count; k++)
        {
            var race = races[k];
            var kernel = RaceSimulator.CreateKernel(parameters, race.Request, race.Field, fromGrid: false);
            race.Strengths.CopyTo(kernel.Strengths, 0);
            var n = race.Field.Cars;
            var scratch = new RaceScratch(n);
            var running = new bool[n];
            var points = new float[simsPerRace * n];
            var rng = new SeededRandom(seed, (ulong)k);
            var w = weights?[k] ?? 1;
            var favourite = Favourites(race.Projections);
            var carFavourite = new bool[n];
            for (var i = 0; i < n; i++) carFavourite[i] = favourite[race.Field.SlateIndex[i]];
            for (var sim = 0; sim < simsPerRace; sim++)
            {
                kernel.Simulate(ref rng, scratch);
                for (var i = 0; i < n; i++) running[i] = scratch.Status[i] == (byte)CarStatus.Running;
                acc.Add(kernel.Starts, scratch.Finish, scratch.LapsCompleted, scratch.LapsLed, scratch.FastestLaps, running,
                    race.Race.Laps, scratch.CautionLaps / (double)race.Race.Laps, weight: w);
                acc.AddFavouritesFarBack(FarBack(carFavourite, scratch.Finish), w);
                scratch.Points.AsSpan(0, n).CopyTo(points.AsSpan(sim * n));
            }

            for (var i = 0; i < n; i++)
            {
                var real = race.RealPoints[race.Field.SlateIndex[i]];
                int below = 0, equal = 0;
                for (var sim = 0; sim < simsPerRace; sim++)
                {
                    var x = points[sim * n + i];
                    if (x < real - 1e-4) below++;
                    else if (x <= real + 1e-4) equal++;
                }

                var central = 0;
                for (var rank = below; rank <= below + equal; rank++) if (Central(rank, simsPerRace)) central++;
                acc.AddCoverage(central / (double)(equal + 1), w);
            }
        }

        return acc.ToMetrics(races.Count);
    }

    /// <summary>The real metrics of races simulated from projections: those of <see cref="Real(IReadOnlyList{RealRace}, double[])"/>,
    /// the nominal central coverage for <paramref name="simsPerRace"/> simulations, and the projected favourites' real
    /// finishes (<see cref="CalibrationMetrics.FavouritesFarBack"/>).</summary>
    public static CalibrationMetrics Real(IReadOnlyList<ProjectedRace> races, double[] weights, int simsPerRace)
    {
        var acc = new MetricsAccumulator();
        for (var k = 0; k < races.Count; k++)
        {
            var race = races[k];
            acc.AddFavouritesFarBack(FarBack(Favourites(race.Projections), [.. race.Race.Entries.Select(e => e.Finish)]), weights[k]);
        }

        return Real([.. races.Select(r => r.Race)], weights) with
        {
            CentralCoverage = NominalCoverage(simsPerRace),
            FavouritesFarBack = acc.ToMetrics(races.Count).FavouritesFarBack,
        };
    }

    /// <summary>Per driver, whether he is among the <see cref="FavouriteCount"/> highest projections (ties in the given order).</summary>
    private static bool[] Favourites(double[] projections)
    {
        var favourite = new bool[projections.Length];
        foreach (var i in Enumerable.Range(0, projections.Length).OrderByDescending(i => projections[i]).Take(FavouriteCount)) favourite[i] = true;
        return favourite;
    }

    /// <summary>The share of the favourites finishing worse than <see cref="FarBackFinish"/>.</summary>
    private static double FarBack(bool[] favourite, int[] finish)
    {
        int count = 0, back = 0;
        for (var i = 0; i < favourite.Length; i++)
        {
            if (!favourite[i]) continue;
            count++;
            if (finish[i] > FarBackFinish) back++;
        }

        return count > 0 ? back / (double)count : 0;
    }

    /// <summary>The share of a well-calibrated driver's ranks (0..sims, uniform) inside the central band: the target of
    /// <see cref="CalibrationMetrics.CentralCoverage"/> (17 of 21 with 20 simulations).</summary>
    public static double NominalCoverage(int simsPerRace) =>
        Enumerable.Range(0, simsPerRace + 1).Count(rank => Central(rank, simsPerRace)) / (double)(simsPerRace + 1);

    private static bool Central(int rank, int sims)
    {
        var pit = (rank + 0.5) / (sims + 1);
        return pit is >= CentralLow and <= CentralHigh;
    }
}

/// <summary>A calibration race set up as the evaluation simulates it: history projections, real grid, fitted strengths.</summary>
internal sealed record ProjectedRace(RealRace Race, SimulationRequest Request, Field Field, double[] Projections, double[] RealPoints)
{
    /// <summary>Per car, the strength fitted to his projection (<see cref="CalibrationSet.FitStrengths"/>).</summary>
    public float[] Strengths { get; set; } = new float[Field.Cars];
}
