using NascarDfs.App.Services;
using NascarDfs.Jobs;

namespace NascarDfs.App.Cli.Jobs;

/// <summary><c>jobs cancel ID</c>: a queued job is cancelled at once; a running one is asked to stop (it ends cancelled within 2 s).</summary>
internal sealed class CancelCommand : JobsCommand<JobIdSettings>
{
    protected override async Task<int> ExecuteAsync(JobsEnvironment jobs, JobIdSettings settings, CancellationToken cancellationToken)
    {
        var id = settings.Id.TrimStart('#');
        switch (await jobs.Service.CancelAsync(settings.Id, cancellationToken))
        {
            case CancelOutcome.Cancelled:
                Console.Out.WriteLine($"Cancelled #{id}.");
                return CliErrors.Ok;
            case CancelOutcome.Requested:
                Console.Out.WriteLine($"Asked the runner to stop #{id}; it ends cancelled within 2 seconds.");
                return CliErrors.Ok;
            case CancelOutcome.AlreadyFinished:
                Console.Out.WriteLine($"#{id} had already finished.");
                return CliErrors.Ok;
            default:
                return NotFound(settings.Id);
        }
    }
}
