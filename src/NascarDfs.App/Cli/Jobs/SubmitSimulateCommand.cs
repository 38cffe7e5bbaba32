using NascarDfs.App.JobHandlers;
using NascarDfs.App.Optimize;
using NascarDfs.App.Services;

namespace NascarDfs.App.Cli.Jobs;

/// <summary><c>jobs submit simulate --slate FILE (--track NAME | --track-type T) --laps L [--sims N] [--seed N]</c>: a queued simulation.</summary>
internal sealed class SubmitSimulateCommand : JobsCommand<OptimizeSettings>
{
    protected override Task<int> ExecuteAsync(JobsEnvironment jobs, OptimizeSettings settings, CancellationToken cancellationToken)
    {
        var config = OptimizeConfigFactory.FromSettings(settings, settings.Name);
        if (settings.Name is null) config = config with { Name = $"{config.Slate.RaceName ?? "Race"} simulation" };
        config = config with { Seed = settings.Seed ?? (config.Seed == 0 ? (ulong)Random.Shared.NextInt64(1, int.MaxValue) : config.Seed) };
        OptimizeService.ResolveRace(config); // a missing or unknown race is bad input now, not a failed job later
        return SubmitOptimizeCommand.Submit(jobs, OptimizeConfigJobHandler.SimulateKind, config, settings.Priority, cancellationToken);
    }
}
