using NascarDfs.Simulation.RaceLogs;
using NascarDfs.Simulation.Tracks;

namespace NascarDfs.Simulation.Calibration;

/// <summary>
/// Derives <see cref="CalibrationParameters"/> from real races: direct measurements first, then each behavioural
/// parameter bisected (on common random numbers) until the simulated metric it drives matches the real one.
/// </summary>
public static class Calibrator
{
    private const int GridRounds = 3;
    private const int ProjectionRounds = 5;

    // The shuffle factor's log-normal sd is kept below e^{±1.6} at two sd: beyond it a few races with five times the
    // late noise would stand in for what the model lacks (the real race-to-race spread of |place differential| also
    // holds rain-shortened races and wrecked grids).
    private const double MaxShuffleSd = 0.8;

    // As the shuffle factor: within e^{±2} at two sd.
    private const double MaxDominanceSd = 1.0;

    // A third of the field in trouble every race would be a different sport.
    private const double MaxTroubleRate = 0.3;

    /// <summary>Fits every track type from <paramref name="log"/>.</summary>
    public static CalibrationParameters Calibrate(
        RaceLog log, string source, CalibratorOptions? options = null, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        options ??= new CalibratorOptions();
        options.Validate();
        var types = new List<TrackTypeParameters>();
        foreach (var type in Enum.GetValues<TrackType>())
        {
            cancellationToken.ThrowIfCancellationRequested();
            types.Add(FitType(log, source, type, options, progress, cancellationToken));
        }

        return new CalibrationParameters
        {
            Series = "Cup",
            Source = source,
            Seed = options.Seed,
            Quirks = log.Quirks,
            Types = [.. types],
        };
    }

    /// <summary>Fits one track type (what <see cref="Calibrate"/> does per type).</summary>
    internal static TrackTypeParameters FitType(
        RaceLog log, string source, TrackType type, CalibratorOptions options, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        var races = CalibrationSet.Select(log, type, options.MinCupRaces, options.Before);
        if (races.Count == 0)
        {
            throw new InvalidDataException($"No usable races of type {type.ToName()} in {source}"
                + (options.Before is { } b ? $" before {b:yyyy-MM-dd}." : "."));
        }

        var projected = CalibrationSet.Project(log, races, options.Projector, options.ProjectionHistoryDays);
        if (projected.Count < options.MinProjectedRaces) projected = [];
        progress?.Report($"{type.ToName()}: {races.Count} races" + (projected.Count > 0 ? $", {projected.Count} simulated from projections" : ""));
        return Fit(type, races, projected, options, cancellationToken);
    }

    /// <summary>Fits the type. With projected races, the behavioural parameters are fitted on them — strengths fitted to
    /// history projections, as the evaluation and a user's slate are simulated — and only the grid parameters
    /// (<see cref="TrackTypeParameters.GridStrength"/>, <see cref="TrackTypeParameters.GridOffset"/>) on every race
    /// from its grid; without them (dirt) everything is fitted from grids.</summary>
    private static TrackTypeParameters Fit(TrackType type, List<RealRace> races, List<ProjectedRace> projected, CalibratorOptions options, CancellationToken cancellationToken)
    {
        var weights = CalibrationSet.Weights(races, options.HalfLifeYears, options.PreNextGenWeight);
        var direct = DirectEstimates.Measure(races, weights);
        var realGrid = CalibrationSet.Real(races, weights);
        var fromProjections = projected.Count > 0;
        var latest = races.Max(r => r.Date);
        var projectedWeights = CalibrationSet.Weights([.. projected.Select(r => r.Race)], options.HalfLifeYears, options.PreNextGenWeight, latest);
        var real = fromProjections
            ? CalibrationSet.Real(projected, projectedWeights, options.SimulationsPerRace)
            : realGrid;
        var p = new TrackTypeParameters
        {
            Type = type,
            Races = races.Count,
            TypicalLaps = direct.TypicalLaps,
            CautionShareQuantiles = direct.CautionShareQuantiles,
            CrashesPerRace = direct.CrashesPerRace,
            CrashSizeProbabilities = direct.CrashSizeProbabilities,
            CrashTimingQuantiles = direct.CrashTimingQuantiles,
            MechanicalFailureRate = direct.MechanicalFailureRate,
            MechanicalTimingQuantiles = direct.MechanicalTimingQuantiles,
            GridStrength = 1,
            GridOffset = 1,
            LateNoise = 1,
            TroubleRate = 0,
            TroubleDrop = fromProjections ? options.TroubleDrop : 0,
            LeadLateShare = 0.5,
            ChaosSd = 0.3,
            ShuffleSd = 0,
            DominanceSd = 0,
            StrengthShift = options.StrengthShift,
            HotCarRate = fromProjections ? options.HotCarRate : 0,
            HotCarLift = fromProjections ? options.HotCarLift : 0,
            LapsDownScale = 1,
            ExtraLeadStints = Math.Max(0, real.DriversLeading - 1),
            LeadConcentration = 1,
            FastestLapConcentration = 0.5,
            Real = real,
            Simulated = real,
        };

        CalibrationMetrics Grid(TrackTypeParameters q) => CalibrationSet.Simulate(races, q, options.SimulationsPerRace, options.Seed, weights);
        CalibrationMetrics Sim(TrackTypeParameters q) => fromProjections
            ? CalibrationSet.Simulate(projected, q, options.SimulationsPerRace, options.Seed, projectedWeights)
            : Grid(q);
        void Refit()
        {
            if (fromProjections) CalibrationSet.FitStrengths(projected, p, options.FitSimulations, options.Seed, cancellationToken);
        }

        var steps = options.BisectionSteps;
        // Rounds: each metric depends mostly, not only, on its own parameter; from projections the strengths, refitted
        // each round, move against the parameters (more concentrated leads give the favourite more points, so his
        // strength falls), which takes more rounds to settle.
        for (var round = 0; round < (fromProjections ? ProjectionRounds : GridRounds); round++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!fromProjections)
            {
                // A larger offset flattens the front of the grid: the pole sitter wins less often.
                p = p with { GridOffset = Bisect(x => Grid(p with { GridOffset = x }).PoleWins, real.PoleWins, 0, 30, false, steps) };
            }

            Refit();
            if (fromProjections)
            {
                // More trouble: more of the projected favourites finish well back (the mean fit then lifts them, so
                // each round's refit takes some back and the next asks for a little more).
                p = p with { TroubleRate = Bisect(x => Sim(p with { TroubleRate = x }).FavouritesFarBack, real.FavouritesFarBack, 0, MaxTroubleRate, true, steps) };
            }

            // More late noise: the fastest car of the day wins less often. (Finishes from projections stray from the
            // grid about as much whatever the late noise: the strengths absorb it; superspeedways want the bound.)
            p = p with { LateNoise = Bisect(x => Sim(p with { LateNoise = x }).WinnerMostFastestLaps, real.WinnerMostFastestLaps, 0, 12, false, steps) };
            if (!fromProjections)
            {
                // A weaker grid effect means more shuffling: |place differential| falls as GridStrength grows.
                p = p with { GridStrength = Bisect(x => Grid(p with { GridStrength = x }).MeanAbsPlaceDifferential, real.MeanAbsPlaceDifferential, 0, 8, false, steps) };
            }

            // Some races shuffle more than others: the race-to-race spread of |place differential| grows with it.
            p = p with { ShuffleSd = Bisect(x => Sim(p with { ShuffleSd = x }).PlaceDifferentialSd, real.PlaceDifferentialSd, 0, MaxShuffleSd, true, steps) };
            // More of the late noise in the running order: lead stints follow the eventual finish more.
            p = p with { LeadLateShare = Bisect(x => Sim(p with { LeadLateShare = x }).WinnerMostLapsLed, real.WinnerMostLapsLed, 0, 1, true, steps) };
            for (var inner = 0; inner < 2; inner++)
            {
                p = p with { ExtraLeadStints = Bisect(x => Sim(p with { ExtraLeadStints = x }).DriversLeading, real.DriversLeading, 0, 200, true, steps) };
                p = p with { LeadConcentration = Bisect(x => Sim(p with { LeadConcentration = x }).LeaderShareOfLapsLed, real.LeaderShareOfLapsLed, 0, 10, true, steps) };
            }

            // Some races have a runaway car: the race-to-race spread of the top leader's share grows with it.
            p = p with { DominanceSd = Bisect(x => Sim(p with { DominanceSd = x }).LeaderShareSd, real.LeaderShareSd, 0, MaxDominanceSd, true, steps) };

            p = p with { FastestLapConcentration = Bisect(x => Sim(p with { FastestLapConcentration = x }).Top3ShareOfFastestLaps, real.Top3ShareOfFastestLaps, 0, 10, true, steps) };
            p = p with { ChaosSd = Bisect(x => Sim(p with { ChaosSd = x }).DnfRateSd, real.DnfRateSd, 0, 2, true, steps) };
            // Last: laps down read the finishing performances every other parameter shapes.
            p = p with { LapsDownScale = Bisect(x => Sim(p with { LapsDownScale = x }).LappedRunningShare, real.LappedRunningShare, 0, 5, true, steps) };
        }

        if (fromProjections)
        {
            // The grid-only mode (no projections): its strengths −k·ln(start + h) fitted on every race's grid, the
            // behavioural parameters as fitted above.
            for (var round = 0; round < 2; round++)
            {
                p = p with { GridOffset = Bisect(x => Grid(p with { GridOffset = x }).PoleWins, realGrid.PoleWins, 0, 30, false, steps) };
                p = p with { GridStrength = Bisect(x => Grid(p with { GridStrength = x }).MeanAbsPlaceDifferential, realGrid.MeanAbsPlaceDifferential, 0, 8, false, steps) };
            }
        }

        p = p with
        {
            GridStrength = Math.Round(p.GridStrength, 4),
            GridOffset = Math.Round(p.GridOffset, 4),
            LateNoise = Math.Round(p.LateNoise, 4),
            TroubleRate = Math.Round(p.TroubleRate, 4),
            LeadLateShare = Math.Round(p.LeadLateShare, 4),
            ChaosSd = Math.Round(p.ChaosSd, 4),
            ShuffleSd = Math.Round(p.ShuffleSd, 4),
            DominanceSd = Math.Round(p.DominanceSd, 4),
            StrengthShift = Math.Round(p.StrengthShift, 4),
            LapsDownScale = Math.Round(p.LapsDownScale, 4),
            ExtraLeadStints = Math.Round(p.ExtraLeadStints, 4),
            LeadConcentration = Math.Round(p.LeadConcentration, 4),
            FastestLapConcentration = Math.Round(p.FastestLapConcentration, 4),
        };
        Refit();
        // Laps down do not move DraftKings points, so they can be matched once more on the final strengths.
        if (fromProjections)
        {
            p = p with { LapsDownScale = Math.Round(Bisect(x => Sim(p with { LapsDownScale = x }).LappedRunningShare, real.LappedRunningShare, 0, 5, true, steps), 4) };
        }

        return p with { Simulated = Sim(p) };
    }

    /// <summary>The x in [lo, hi] where the monotone <paramref name="metric"/> crosses <paramref name="target"/>.</summary>
    private static double Bisect(Func<double, double> metric, double target, double lo, double hi, bool increasing, int steps)
    {
        for (var k = 0; k < steps; k++)
        {
            var mid = 0.5 * (lo + hi);
            var above = metric(mid) > target;
            if (above == increasing) hi = mid; else lo = mid;
        }

        return 0.5 * (lo + hi);
    }
}
