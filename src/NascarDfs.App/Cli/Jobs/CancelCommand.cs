using NascarDfs.App.Services;
using NascarDfs.Jobs;

namespace NascarDfs.App.Cli.Jobs;

/// <summary>
/// <c>jobs cancel ID</c>: a queued job is cancelled at once; a running one is asked to stop, and the command waits up to
/// <see cref="Wait"/> for its final state and says what happened — cancelled, or completed/failed before the stop landed
/// (issue 13 defect 14: it used to promise "it ends cancelled" even for a job that then completed).
/// </summary>
internal sealed class CancelCommand : JobsCommand<JobIdSettings>
{
    /// <summary>How long a cancel of a running job waits for the job to end (the runner checks for a stop every 2 s).</summary>
    public static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    protected override async Task<int> ExecuteAsync(JobsEnvironment jobs, JobIdSettings settings, CancellationToken cancellationToken)
    {
        var id = settings.Id.TrimStart('#');
        switch (await jobs.Service.CancelAsync(settings.Id, cancellationToken))
        {
            case CancelOutcome.Cancelled:
                Console.Out.WriteLine($"Cancelled #{id}.");
                return CliErrors.Ok;
            case CancelOutcome.Requested:
                Console.Out.WriteLine(await OutcomeAsync(ct => jobs.Service.GetAsync(id, ct), id, Wait, TimeProvider.System, cancellationToken));
                return CliErrors.Ok;
            case CancelOutcome.AlreadyFinished:
                Console.Out.WriteLine($"#{id} had already finished.");
                return CliErrors.Ok;
            default:
                return NotFound(settings.Id);
        }
    }

    /// <summary>Reads the job until it reaches a final state or <paramref name="wait"/> passes, and words what happened.</summary>
    internal static async Task<string> OutcomeAsync(
        Func<CancellationToken, Task<JobRecord?>> read, string id, TimeSpan wait, TimeProvider time, CancellationToken cancellationToken)
    {
        var deadline = time.GetUtcNow() + wait;
        while (true)
        {
            var job = await read(cancellationToken);
            switch (job?.State)
            {
                case null:
                    return $"Asked the runner to stop #{id}; the job has since been deleted.";
                case JobState.Cancelled:
                    return $"Cancelled #{id} (it was running and has stopped).";
                case JobState.Completed:
                    return $"#{id} {job.StateText} before the stop reached it; its result is kept (`jobs show {id}`).";
                case JobState.Failed:
                    return $"#{id} failed before the stop reached it: {job.Error}";
                case JobState.Queued:
                    return $"Asked the runner to stop #{id}; it went back to the queue meanwhile and is not running.";
            }

            if (time.GetUtcNow() >= deadline)
            {
                return $"Asked the runner to stop #{id}; it is still running after {wait.TotalSeconds:0} seconds (its runner may be busy " +
                       $"or on another machine): `jobs show {id}` tells when it has stopped.";
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), time, cancellationToken);
        }
    }
}
