using NascarDfs.App.Optimize;
using NascarDfs.Domain.Scoring;
using NascarDfs.Simulation;

namespace NascarDfs.App.Simulate;

/// <summary>Runs a <c>simulate</c> job's config (the optimize config shape: slate, projections, scoring, race, sims, seed).</summary>
internal static class SimulateService
{
    public static SimulateResultDocument Run(OptimizeJobConfig config, IProgress<RunProgress>? progress = null, int threads = 0, CancellationToken cancellationToken = default)
    {
        var slate = OptimizeService.LoadSlate(config);
        var scoring = ScoringTables.Parse(config.Scoring);
        var race = OptimizeService.ResolveRace(config);
        // As `nascar-dfs simulate`: without projections the file's averages are no forecast of this race, so the grid decides.
        var options = new SimulationOptions { Seed = config.Seed, FitToProjections = config.Projections is not null };
        if (config.Sims is { } sims) options = options with { Simulations = sims };
        if (threads > 0) options = options with { MaxDegreeOfParallelism = threads };
        var request = new SimulationRequest(slate.Drivers, scoring, race) { Options = options };
        var stages = progress is null ? null : new SimulationProgressAdapter(progress);
        var result = RaceSimulator.Run(request, stages, cancellationToken);
        return new SimulateResultDocument(config.Site, scoring.Name, race.Type.ToString(), race.TrackName, race.Laps, result.Simulations,
            options.Seed, result.ScaleFactor, result.ExpectedFieldTotal, result.SummarizeDrivers(), ScoreHistogram.PerDriver(result),
            result.Fit, [.. slate.Warnings, .. result.Warnings]);
    }
}
