using NascarDfs.Domain.Scoring;
using NascarDfs.Domain.Sites;
using NascarDfs.Domain.Slates;
using NascarDfs.Simulation.Calibration;
using NascarDfs.Simulation.Projections;
using NascarDfs.Simulation.RaceLogs;
using NascarDfs.Simulation.Tracks;

namespace NascarDfs.Simulation.Evaluation;

/// <summary>
/// The rolling out-of-sample evaluation of the simulator (STYLE rule 20): calibrate on races before the window, then
/// for every Cup points race in it, in date order, project each starter from earlier races only, simulate the race
/// from the real grid and scheduled laps, and score the simulation — and a normal baseline — with what happened.
/// Races are simulated one at a time (each in parallel) and scored as they finish, so memory holds one race's matrix.
/// </summary>
public static class RaceEvaluator
{
    // Share of the progress bar given to fitting the calibration, when it is fitted.
    private const double CalibrationShare = 0.3;

    /// <summary>Runs the evaluation. Throws <see cref="OperationCanceledException"/> when cancelled and
    /// <see cref="ArgumentException"/> when the window holds no race or no race precedes it.</summary>
    public static EvaluationReport Run(
        RaceLog log, EvaluationOptions options, IProgress<EvaluationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var from = options.From;
        var window = log.Races.Where(r => r.Series == "Cup" && r.Date >= from && (options.To is not { } to || r.Date <= to)).ToList();
        if (window.Count == 0) throw new ArgumentException($"No Cup race in the race logs from {from:yyyy-MM-dd}{(options.To is { } t ? $" to {t:yyyy-MM-dd}" : "")}.");
        var before = log.Races.Where(r => r.Date < from).ToList();
        if (!before.Any(r => r.IsCupPointsRace)) throw new ArgumentException($"No Cup points race before {from:yyyy-MM-dd} to calibrate on.");

        // The projector's history and grid weights are fitted on the races before the window too.
        if (options.FitGrid)
        {
            progress?.Report(new EvaluationProgress("calibrate", 0, $"Fitting the history projector's weights on the races before {from:yyyy-MM-dd}"));
            options = options with { Projector = HistoryProjector.FitGrid(log, from, options.Projector) };
        }

        var share = options.Calibration is null ? CalibrationShare : 0;
        var (calibration, source) = Calibrate(log, before, options, progress, cancellationToken);
        var baseline = NormalBaseline.Fit(log, from, options.BaselineYears, options.Projector);

        var main = new Sections();
        var reference = Enumerable.Range(0, options.ReferenceWindows).Select(_ => new Sections()).ToArray();
        var races = new List<EvaluatedRace>();
        var skipped = new List<SkippedRace>();
        for (var k = 0; k < window.Count; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var race = window[k];
            progress?.Report(new EvaluationProgress("race", 100 * (share + (1 - share) * k / window.Count),
                $"Race {k + 1} of {window.Count}: {race.Date:yyyy-MM-dd} {race.TrackName}"));
            if (RaceSelection.Problem(race) is { } problem)
            {
                skipped.Add(new SkippedRace(race.Date, race.TrackName, problem));
                continue;
            }

            var type = race.Type!.Value;
            races.Add(Evaluate(log, race, calibration, baseline, options, main.For(type), [.. reference.Select(r => r.For(type))], cancellationToken));
        }

        progress?.Report(new EvaluationProgress("race", 100, $"Evaluated {races.Count} races"));
        var (overall, byType) = main.ToSections();
        var windows = reference.Select(r => r.ToSections()).Select(w => ModelBars.Check(w.Overall, w.ByType)).ToList();
        return new EvaluationReport(from, options.To, options.Simulations, options.Seed, source, ScheduledLaps.Rule, baseline, races, skipped, overall, byType)
        {
            Bars = ModelBars.WithReference(ModelBars.Check(overall, byType), windows),
            ReferenceWindows = windows.Count,
            ReferenceBarsMet = [.. windows.Select(w => w.Count(b => b.Met))],
            GridWeights = Enum.GetValues<TrackType>().ToDictionary(t => t.ToName(), options.Projector.GridWeightFor),
            FrontBonuses = Enum.GetValues<TrackType>().ToDictionary(t => t.ToName(), options.Projector.FrontBonusesFor),
            HistoryWeights = Enum.GetValues<TrackType>().ToDictionary(t => t.ToName(), options.Projector.HistoryWeightsFor),
        };
    }

    private static (CalibrationParameters Parameters, string Source) Calibrate(
        RaceLog log, List<RealRace> before, EvaluationOptions options, IProgress<EvaluationProgress>? progress, CancellationToken cancellationToken)
    {
        if (options.Calibration is { } given) return (given, $"given parameters ({given.Source}), not fitted by the evaluation");
        var source = $"fitted on the {before.Count(r => r.IsCupPointsRace)} Cup points races before {options.From:yyyy-MM-dd}";
        var fitted = 0;
        var types = Enum.GetValues<TrackType>().Length;
        var fitProgress = progress is null ? null : new SynchronousProgress<string>(m =>
            progress.Report(new EvaluationProgress("calibrate", 100 * CalibrationShare * Math.Min(fitted++, types) / types, "Calibrating " + m)));
        // The calibrator fits whatever log it is given: the races before the window are all it may see.
        // Calibration races are projected as the window's are: the same projector, so the same strength path.
        var parameters = Calibrator.Calibrate(new RaceLog([.. before], log.Quirks), source, options.Calibrator with { Projector = options.Projector }, fitProgress, cancellationToken);
        return (parameters, source);
    }

    private static EvaluatedRace Evaluate(
        RaceLog log, RealRace race, CalibrationParameters calibration, NormalBaseline baseline, EvaluationOptions options,
        IReadOnlyList<SectionAccumulator> targets, IReadOnlyList<IReadOnlyList<SectionAccumulator>> referenceTargets, CancellationToken cancellationToken)
    {
        var type = race.Type!.Value;
        var scoring = ScoringTables.ForDate(Site.DraftKings, race.Date);
        var (laps, lapsSource) = ScheduledLaps.Derive(log, race);
        var projections = HistoryProjector.Project(log, new HistoryQuery(type, race.TrackName, race.Date, scoring),
            race.Entries.Select(e => (e.DriverName, (int?)e.Start)).ToList(), options.Projector);
        // Ids by position: the file's driver IDs can repeat within a race (duplicate rows).
        var drivers = race.Entries.Select((e, i) => new Driver($"{i}:{e.DriverId}", e.DriverName, 0, projections[i].Projection,
            StdDev: projections[i].StdDev, Start: e.Start)).ToList();
        var request = new SimulationRequest(drivers, scoring, new Race(type, laps, race.TrackName, race.Date))
        {
            Options = new SimulationOptions
            {
                // The reference windows' stand-in races are drawn after the model's own: race i's random stream
                // depends on the seed and i only, so the first Simulations races are the same with or without them.
                Simulations = options.Simulations + options.ReferenceWindows,
                HeldOutRaces = options.ReferenceWindows,
                Seed = options.Seed + (ulong)race.Date.DayNumber * 1_000_003UL,
                MaxDegreeOfParallelism = options.MaxDegreeOfParallelism,
                FitSimulations = Math.Min(SimulationDefaults.FitSimulations, Math.Max(100, options.Simulations)),
                Calibration = calibration,
            },
        };
        var result = RaceSimulator.Run(request, null, cancellationToken);
        var real = RaceOutcome.Real(race, scoring);
        var outcomes = new List<ScoredOutcome> { new(real, targets) };
        for (var r = 0; r < referenceTargets.Count; r++)
        {
            outcomes.Add(new(RaceOutcome.Simulated(result.Matrix, options.Simulations + r, real.Start, laps), referenceTargets[r]));
        }

        var (crps, normalCrps, simWinner, simTop6, scored) = RaceScorer.Score(race, laps, result, options.Simulations, [.. projections.Select(p => p.Projection)], baseline, outcomes);
        var top = real.Points.Select(x => (double)x).OrderDescending().ToList();
        return new EvaluatedRace(race.Date, race.TrackName, type.ToName(), race.Entries.Length, laps, race.Laps, lapsSource,
            projections.Count(p => p.Races == 0), Math.Round(WinnerPoints(real), 2), Math.Round(simWinner, 2),
            Math.Round(top.Take(6).Sum(), 2), Math.Round(simTop6, 2), Math.Round(crps, 3), Math.Round(normalCrps, 3))
        {
            Drivers = scored,
        };
    }

    private static double WinnerPoints(RaceOutcome o)
    {
        var winner = Array.IndexOf(o.Finish, 1);
        return winner < 0 ? 0 : o.Points[winner];
    }

    // The sections one set of outcomes is scored into: overall and one per track type.
    private sealed class Sections
    {
        private readonly SectionAccumulator _overall = new("overall");
        private readonly Dictionary<TrackType, SectionAccumulator> _byType = [];

        public IReadOnlyList<SectionAccumulator> For(TrackType type)
        {
            if (!_byType.TryGetValue(type, out var section)) _byType[type] = section = new SectionAccumulator(type.ToName());
            return [_overall, section];
        }

        public (EvaluationSection Overall, IReadOnlyList<EvaluationSection> ByType) ToSections() =>
            (_overall.ToSection(), [.. _byType.OrderBy(kv => kv.Key).Select(kv => kv.Value.ToSection())]);
    }

    // Progress<T> posts to the thread pool and may report after the run ends; this reports on the caller's thread.
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
