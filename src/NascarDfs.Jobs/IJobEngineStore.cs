namespace NascarDfs.Jobs;

/// <summary>
/// The engine's side of the store: claims, guarded transitions, leases and the runner registry. Every state write is one of
/// the named transitions of <see cref="JobTransition"/>: it applies only if the job is still in the state (and lease owner) it
/// expects, and returns whether it applied.
/// </summary>
public interface IJobEngineStore : IJobReader
{
    /// <summary>Tells waiters when another connection or process changed the store.</summary>
    IJobChangeFeed Changes { get; }

    /// <summary>Whether any job of these kinds is queued (a cheap read before claiming).</summary>
    Task<bool> HasQueuedAsync(IReadOnlyCollection<string> kinds, CancellationToken cancellationToken = default);

    /// <summary>
    /// <see cref="JobTransition.Claim"/>: takes queued jobs by priority, then submission order, within the host's limit. A store
    /// may return each as a <see cref="JobRecord"/> (config included), so the runner need not read it again.
    /// </summary>
    Task<IReadOnlyList<JobSummary>> ClaimAsync(JobClaim claim, CancellationToken cancellationToken = default);

    /// <summary><see cref="JobTransition.Complete"/>, if the job is running under <paramref name="owner"/>.</summary>
    Task<bool> CompleteAsync(string id, string owner, JobOutput output, CancellationToken cancellationToken = default);

    /// <summary>
    /// <see cref="CompleteAsync"/> then <see cref="ClaimAsync"/> for the slot it frees, in one write transaction (one round trip
    /// per job while a backlog drains). When the completion does not apply (the lease was lost) a store may claim nothing:
    /// the slot is then filled by a plain <see cref="ClaimAsync"/>.
    /// </summary>
    Task<JobHandoff> CompleteAndClaimAsync(string id, string owner, JobOutput output, JobClaim nextClaim, CancellationToken cancellationToken = default);

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

    /// <summary>Ids of the owner's running jobs that have a cancel request.</summary>
    Task<IReadOnlyList<string>> GetCancelRequestsAsync(string owner, CancellationToken cancellationToken = default);

    /// <summary>Writes progress of a job running under <paramref name="owner"/>.</summary>
    Task<bool> ReportProgressAsync(string id, string owner, int percent, string? message, CancellationToken cancellationToken = default);

    /// <summary>
    /// Extends the lease of every job running under <paramref name="owner"/>; returns the ids it extended (a running job
    /// missing from them was taken over: its lease is lost).
    /// </summary>
    Task<IReadOnlyList<string>> RenewLeasesAsync(string owner, TimeSpan leaseDuration, CancellationToken cancellationToken = default);

    /// <summary>Every running job (for lease rescue).</summary>
    Task<IReadOnlyList<JobSummary>> ListRunningAsync(CancellationToken cancellationToken = default);

    /// <summary>Registers (or refreshes) a runner process.</summary>
    Task RegisterRunnerAsync(RunnerInfo runner, CancellationToken cancellationToken = default);

    /// <summary>Records a runner's heartbeat.</summary>
    Task HeartbeatRunnerAsync(string runnerId, CancellationToken cancellationToken = default);

    /// <summary>Removes a runner.</summary>
    Task RemoveRunnerAsync(string runnerId, CancellationToken cancellationToken = default);
}
