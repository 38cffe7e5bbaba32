using NascarDfs.App.Contests;
using NascarDfs.App.Services;

namespace NascarDfs.App.Cli.Jobs;

/// <summary>
/// <c>jobs submit contest --contest FILE|NAME (--lineups upload.csv | --job ID) [--slate FILE] [--projections FILE] ...</c>:
/// reads the files now, embeds them in the job, refuses every input problem before it is queued, prints the id.
/// </summary>
internal sealed class SubmitContestCommand : JobsCommand<ContestSettings>
{
    protected override async Task<int> ExecuteAsync(JobsEnvironment jobs, ContestSettings settings, CancellationToken cancellationToken)
    {
        NascarDfs.Domain.Limits.InputLimits.CheckName(settings.Name, "--name");
        var check = ContestService.Check(await ContestCommand.CreateArgsAsync(settings, jobs, cancellationToken));
        if (check.Plan is not { } plan) return CliErrors.Fail(check.Message);
        var job = await new ContestService(jobs.Service).SubmitAsync(plan, priority: settings.Priority, preferGpu: settings.PreferGpu, cancellationToken: cancellationToken);
        return await JobSubmitter.ReportAsync(jobs, [job], cancellationToken);
    }
}
