namespace NascarDfs.Jobs;

/// <summary>
/// Where jobs live. Every state write is one of the named, guarded transitions of <see cref="JobTransition"/>:
/// it applies only if the job is still in the state (and lease owner) it expects, and returns whether it applied.
/// </summary>
public interface IJobStore : IDisposable
{
    /// <summary>Stores a new queued job and returns it. The job is durable when this returns.</summary>
    Task<JobRecord> SubmitAsync(JobSubmission submission, CancellationToken cancellationToken = default);

    /// <summary>The job with this id, or null.</summary>
    Task<JobRecord?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>A page of jobs, newest first.</summary>
    Task<JobPage> ListAsync(JobQuery query, CancellationToken cancellationToken = default);

    /// <summary>Jobs per state.</summary>
    Task<JobCounts> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>Whether any job of these kinds is queued (a cheap read before claiming).</summary>
    Task<bool> HasQueuedAsync(IReadOnlyCollection<string> kinds, CancellationToken cancellationToken = default);

    /// <summary><see cref="JobTransition.Claim"/>: takes queued jobs by priority, then submission order, within the host's limit.</summary>
    Task<IReadOnlyList<JobRecord>> ClaimAsync(JobClaim claim, CancellationToken cancellationToken = default);

    /// <summary><see cref="JobTransition.Complete"/>, if the job is running under <paramref name="owner"/>.</summary>
    Task<bool> CompleteAsync(string id, string owner, string? result, CancellationToken cancellationToken = default);

    /// <summary>
    /// <see cref="CompleteAsync"/> then <see cref="ClaimAsync"/> for the slot it frees. A store that can does both in one write
    /// transaction (one round trip per job while a backlog drains); this default does them in turn.
    /// </summary>
    async Task<JobHandoff> CompleteAndClaimAsync(string id, string owner, string? result, JobClaim nextClaim, CancellationToken cancellationToken = default)
    {
        var completed = await CompleteAsync(id, owner, result, cancellationToken).ConfigureAwait(false);
        return new JobHandoff(completed, await ClaimAsync(nextClaim, cancellationToken).ConfigureAwait(false));
    }

    /// <summary><see cref="JobTransition.Fail"/>, if the job is running under <paramref name="owner"/>.</summary>
    Task<bool> FailAsync(string id, string owner, string errorMessage, CancellationToken cancellationToken = default);

    /// <summary>
    /// <see cref="JobTransition.Cancel"/>, if the job is in <paramref name="expected"/> (queued, or running under <paramref name="owner"/>).
    /// </summary>
    Task<bool> CancelAsync(string id, JobState expected, string? owner, CancellationToken cancellationToken = default);

    /// <summary>
    /// <see cref="JobTransition.Requeue"/>, if the job is running under <paramref name="owner"/>. With
    /// <paramref name="countAttempt"/> false (clean shutdown) the attempt taken at claim is given back.
    /// </summary>
    Task<bool> RequeueAsync(string id, string owner, bool countAttempt, CancellationToken cancellationToken = default);

    /// <summary>Cancels a queued job at once; asks the runner of a running job to stop it.</summary>
    Task<CancelOutcome> RequestCancelAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Ids of the owner's running jobs that have a cancel request.</summary>
    Task<IReadOnlyList<string>> GetCancelRequestsAsync(string owner, CancellationToken cancellationToken = default);

    /// <summary>Writes progress of a job running under <paramref name="owner"/>.</summary>
    Task<bool> ReportProgressAsync(string id, string owner, int percent, string? message, CancellationToken cancellationToken = default);

    /// <summary>Extends the lease of every job running under <paramref name="owner"/>; returns how many.</summary>
    Task<int> RenewLeasesAsync(string owner, TimeSpan leaseDuration, CancellationToken cancellationToken = default);

    /// <summary>Every running job (for lease rescue).</summary>
    Task<IReadOnlyList<JobRecord>> ListRunningAsync(CancellationToken cancellationToken = default);

    /// <summary>Deletes a job that is not running.</summary>
    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Deletes every finished job; returns how many.</summary>
    Task<int> ClearFinishedAsync(CancellationToken cancellationToken = default);

    /// <summary>Deletes finished jobs that finished before <paramref name="finishedBefore"/>; returns how many.</summary>
    Task<int> PruneAsync(DateTimeOffset finishedBefore, CancellationToken cancellationToken = default);

    /// <summary>Registers (or refreshes) a runner process.</summary>
    Task RegisterRunnerAsync(RunnerInfo runner, CancellationToken cancellationToken = default);

    /// <summary>Records a runner's heartbeat.</summary>
    Task HeartbeatRunnerAsync(string runnerId, CancellationToken cancellationToken = default);

    /// <summary>Removes a runner.</summary>
    Task RemoveRunnerAsync(string runnerId, CancellationToken cancellationToken = default);

    /// <summary>Every registered runner.</summary>
    Task<IReadOnlyList<RunnerInfo>> ListRunnersAsync(CancellationToken cancellationToken = default);
}
