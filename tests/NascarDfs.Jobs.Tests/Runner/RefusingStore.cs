namespace NascarDfs.Jobs.Tests.Runner;

/// <summary>A real store whose first <c>n</c> completions fail as a full disk would: fault injection around the real thing.</summary>
internal sealed class RefusingStore(IJobStore inner, int refusals) : IJobEngineStore
{
    private readonly int _refusals = refusals;
    private int _left = refusals;

    public int Refused => _refusals - Math.Max(0, Volatile.Read(ref _left));

    public IJobChangeFeed Changes => inner.Changes;

    public Task<JobHandoff> CompleteAndClaimAsync(string id, string owner, JobOutput output, JobClaim nextClaim, CancellationToken cancellationToken = default) =>
        Interlocked.Decrement(ref _left) >= 0
            ? Task.FromException<JobHandoff>(new IOException("database or disk is full"))
            : inner.CompleteAndClaimAsync(id, owner, output, nextClaim, cancellationToken);

    public Task<bool> CompleteAsync(string id, string owner, JobOutput output, CancellationToken cancellationToken = default) => inner.CompleteAsync(id, owner, output, cancellationToken);

    public Task<bool> HasQueuedAsync(IReadOnlyCollection<string> kinds, CancellationToken cancellationToken = default) => inner.HasQueuedAsync(kinds, cancellationToken);

    public Task<IReadOnlyList<JobSummary>> ClaimAsync(JobClaim claim, CancellationToken cancellationToken = default) => inner.ClaimAsync(claim, cancellationToken);

    public Task<bool> FailAsync(string id, string owner, string errorMessage, CancellationToken cancellationToken = default) => inner.FailAsync(id, owner, errorMessage, cancellationToken);

    public Task<bool> CancelAsync(string id, JobState expected, string? owner, CancellationToken cancellationToken = default) => inner.CancelAsync(id, expected, owner, cancellationToken);

    public Task<bool> RequeueAsync(string id, string owner, bool countAttempt, CancellationToken cancellationToken = default) => inner.RequeueAsync(id, owner, countAttempt, cancellationToken);

    public Task<IReadOnlyList<string>> GetCancelRequestsAsync(string owner, CancellationToken cancellationToken = default) => inner.GetCancelRequestsAsync(owner, cancellationToken);

    public Task<bool> ReportProgressAsync(string id, string owner, int percent, string? message, CancellationToken cancellationToken = default) =>
        inner.ReportProgressAsync(id, owner, percent, message, cancellationToken);

    public Task<IReadOnlyList<string>> RenewLeasesAsync(string owner, TimeSpan leaseDuration, CancellationToken cancellationToken = default) =>
        inner.RenewLeasesAsync(owner, leaseDuration, cancellationToken);

    public Task<IReadOnlyList<JobSummary>> ListRunningAsync(CancellationToken cancellationToken = default) => inner.ListRunningAsync(cancellationToken);

    public Task RegisterRunnerAsync(RunnerInfo runner, CancellationToken cancellationToken = default) => inner.RegisterRunnerAsync(runner, cancellationToken);

    public Task HeartbeatRunnerAsync(string runnerId, CancellationToken cancellationToken = default) => inner.HeartbeatRunnerAsync(runnerId, cancellationToken);

    public Task RemoveRunnerAsync(string runnerId, CancellationToken cancellationToken = default) => inner.RemoveRunnerAsync(runnerId, cancellationToken);

    public Task<JobRecord?> GetAsync(string id, CancellationToken cancellationToken = default) => inner.GetAsync(id, cancellationToken);

    public Task<IReadOnlyList<RunnerInfo>> ListRunnersAsync(CancellationToken cancellationToken = default) => inner.ListRunnersAsync(cancellationToken);
}
