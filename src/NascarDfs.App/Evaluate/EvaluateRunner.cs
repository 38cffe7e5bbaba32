using NascarDfs.App.Optimize;
using NascarDfs.Simulation.Calibration;
using NascarDfs.Simulation.Evaluation;
using NascarDfs.Simulation.RaceLogs;

namespace NascarDfs.App.Evaluate;

/// <summary>Runs an evaluation's arguments: the one code path of the <c>evaluate</c> job.</summary>
internal static class EvaluateRunner
{
    /// <summary>The options <c>evaluate</c> would use for the same values.</summary>
    public static EvaluationOptions Options(EvaluateArgs args, int threads = 0)
    {
        var options = new EvaluationOptions(args.From)
        {
            To = args.To,
            Simulations = args.Sims,
            Seed = args.Seed,
            ReferenceWindows = args.ReferenceWindows,
            Calibration = args.CommittedCalibration ? CalibrationParameters.Default : null,
            Calibrator = new CalibratorOptions { SimulationsPerRace = args.SimsPerRace ?? new CalibratorOptions().SimulationsPerRace },
        };
        return threads > 0 ? options with { MaxDegreeOfParallelism = threads } : options;
    }

    public static RaceLog ReadLogs(EvaluateArgs args)
    {
        using var reader = new StringReader(args.Logs);
        return RaceLog.Read(reader, args.LogsFileName);
    }

    public static EvaluateResultDocument Run(EvaluateArgs args, IProgress<RunProgress>? progress = null, int threads = 0, CancellationToken cancellationToken = default)
    {
        var stages = progress is null ? null : new Stages(progress);
        return new EvaluateResultDocument(RaceEvaluator.Run(ReadLogs(args), Options(args, threads), stages, cancellationToken));
    }

    private sealed class Stages(IProgress<RunProgress> inner) : IProgress<EvaluationProgress>
    {
        public void Report(EvaluationProgress value) => inner.Report(new RunProgress(value.Percent, value.Message));
    }
}
