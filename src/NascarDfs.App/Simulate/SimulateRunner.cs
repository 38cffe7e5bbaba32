using NascarDfs.App.JobHandlers.Documents;
using NascarDfs.App.Optimize;
using NascarDfs.Simulation;

namespace NascarDfs.App.Simulate;

/// <summary>Runs a simulate plan: the race simulator on the slate's drivers, summarised per driver with histograms.</summary>
internal static class SimulateRunner
{
    public static SimulateResultDocument Run(SimulatePlan plan, IProgress<RunProgress>? progress = null, int threads = 0, CancellationToken cancellationToken = default)
    {
        var args = plan.Args;
        // Fitted to the resolved projections whatever their source, as `simulate` and the simulation objectives are.
        var options = new SimulationOptions { Seed = args.Seed, Simulations = args.Sims, Device = args.Device };
        if (threads > 0) options = options with { MaxDegreeOfParallelism = threads };
        var request = new SimulationRequest(plan.Slate.Drivers, args.Scoring, plan.Race) { Options = options };
        var stages = progress is null ? null : new SimulationProgressAdapter(progress);
        var result = RaceSimulator.Run(request, stages, cancellationToken);
        return new SimulateResultDocument(args.Site.Name, args.Scoring.Name, plan.Race.Type.ToString(), plan.Race.TrackName, plan.Race.Laps, result.Simulations,
            options.Seed, result.ScaleFactor, result.ExpectedFieldTotal, [.. result.SummarizeDrivers().Select(DriverSummaryDocument.From)],
            ScoreHistogram.PerDriver(result), [.. result.Fit.Select(DriverFitDocument.From)], [.. plan.Slate.Warnings, .. result.Warnings])
        {
            Device = result.Device,
            ProjectionSource = ProjectionSourceDocument.From(args.ResolvedProjections.Source),
        };
    }
}
