using NascarDfs.App.Services;
using NascarDfs.App.Simulate;

namespace NascarDfs.App.Cli.Jobs;

/// <summary><c>jobs submit simulate --slate FILE (--track NAME | --track-type T) --laps L [--sims N] [--seed N]</c>: a queued simulation.</summary>
internal sealed class SubmitSimulateCommand : JobsCommand<OptimizeSettings>
{
    protected override async Task<int> ExecuteAsync(JobsEnvironment jobs, OptimizeSettings settings, CancellationToken cancellationToken)
    {
        NascarDfs.Domain.Limits.InputLimits.CheckName(settings.Name, "--name");
        var check = SimulateService.Check(OptimizeArgsFactory.Simulate(settings));
        if (check.Plan is not { } plan) return CliErrors.Fail(string.Join(" ", check.Problems));
        var job = await new SimulateService(jobs.Service).SubmitAsync(plan, priority: settings.Priority, preferGpu: settings.PreferGpu, cancellationToken: cancellationToken);
        return await JobSubmitter.ReportAsync(jobs, [job], cancellationToken);
    }
}
