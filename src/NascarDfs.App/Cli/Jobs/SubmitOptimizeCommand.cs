using NascarDfs.App.Optimize;
using NascarDfs.App.Services;

namespace NascarDfs.App.Cli.Jobs;

/// <summary>
/// <c>jobs submit optimize --name "Talladega GPP" [--priority P] &lt;optimize options&gt;</c>: reads the files now, embeds them
/// in the job, refuses a request whose constraints conflict before it is queued, prints the id.
/// </summary>
internal sealed class SubmitOptimizeCommand : JobsCommand<OptimizeSettings>
{
    protected override async Task<int> ExecuteAsync(JobsEnvironment jobs, OptimizeSettings settings, CancellationToken cancellationToken)
    {
        NascarDfs.Domain.Limits.InputLimits.CheckName(settings.Name, "--name");
        var check = OptimizeService.Check(OptimizeArgsFactory.Optimize(settings));
        if (check.Plan is not { } plan) return CliErrors.Fail(check.Message);
        var job = await new OptimizeService(jobs.Service).SubmitAsync(plan, priority: settings.Priority, preferGpu: settings.PreferGpu, cancellationToken: cancellationToken);
        return await JobSubmitter.ReportAsync(jobs, [job], cancellationToken);
    }
}
