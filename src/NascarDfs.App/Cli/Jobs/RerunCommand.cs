using NascarDfs.App.Services;

namespace NascarDfs.App.Cli.Jobs;

/// <summary><c>jobs rerun ID</c>: a new job with the same config, linked to the original; prints the new id.</summary>
internal sealed class RerunCommand : JobsCommand<JobIdSettings>
{
    protected override async Task<int> ExecuteAsync(JobsEnvironment jobs, JobIdSettings settings, CancellationToken cancellationToken)
    {
        if (await jobs.Service.RerunAsync(settings.Id, cancellationToken) is not { } job) return NotFound(settings.Id);
        Console.Out.WriteLine(job.Id);
        return CliErrors.Ok;
    }
}
