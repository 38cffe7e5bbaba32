namespace NascarDfs.Jobs;

/// <summary>
/// What the app does with the store (through <see cref="JobService"/>): submit, browse the history, cancel, delete.
/// List and count queries never read config or result payloads.
/// </summary>
public interface IJobHistory : IJobReader
{
    /// <summary>Stores a new queued job and returns it. The job is durable when this returns.</summary>
    Task<JobRecord> SubmitAsync(JobSubmission submission, CancellationToken cancellationToken = default);

    /// <summary>A page of job summaries, newest first unless the query says otherwise.</summary>
    Task<JobPage> ListAsync(JobQuery query, CancellationToken cancellationToken = default);

    /// <summary>Jobs per state.</summary>
    Task<JobCounts> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>Cancels a queued job at once; asks the runner of a running job to stop it.</summary>
    Task<CancelOutcome> RequestCancelAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Deletes a job that is not running.</summary>
    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Deletes every finished job; returns how many.</summary>
    Task<int> ClearFinishedAsync(CancellationToken cancellationToken = default);

    /// <summary>Deletes finished jobs that finished before <paramref name="finishedBefore"/>; returns how many.</summary>
    Task<int> PruneAsync(DateTimeOffset finishedBefore, CancellationToken cancellationToken = default);
}
