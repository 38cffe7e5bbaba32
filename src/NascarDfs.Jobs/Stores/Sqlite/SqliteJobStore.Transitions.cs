using Microsoft.Data.Sqlite;

namespace NascarDfs.Jobs.Stores.Sqlite;

public sealed partial class SqliteJobStore
{
    private const string ClearLease = "lease_owner = NULL, lease_host = NULL, lease_expires_at = NULL";
    private const string CompleteSet = $"result = $result, finished_at = $now, progress = 100, {ClearLease}";

    /// <inheritdoc />
    public Task<IReadOnlyList<JobRecord>> ClaimAsync(JobClaim claim, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        cancellationToken.ThrowIfCancellationRequested();
        if (claim.MaxJobs <= 0 || claim.Kinds.Count == 0) return Task.FromResult<IReadOnlyList<JobRecord>>([]);
        return Task.FromResult<IReadOnlyList<JobRecord>>(InWriteTransaction(transaction => ClaimIn(transaction, claim)));
    }

    /// <inheritdoc />
    public Task<JobHandoff> CompleteAndClaimAsync(string id, string owner, string? result, JobClaim nextClaim, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nextClaim);
        return Task.FromResult(InWriteTransaction(transaction =>
        {
            var completed = ApplyIn(
                transaction, JobTransition.Complete, id, JobState.Running, owner, CompleteSet,
                c => c.Parameters.AddWithValue("$result", (object?)result ?? DBNull.Value));
            IReadOnlyList<JobRecord> claimed = nextClaim.MaxJobs > 0 && nextClaim.Kinds.Count > 0 ? ClaimIn(transaction, nextClaim) : [];
            return new JobHandoff(completed, claimed);
        }));
    }

    /// <summary>
    /// <see cref="JobTransition.Claim"/> inside the caller's write transaction. The host's running jobs are counted in the same
    /// statement (so in that same transaction): two processes on one host cannot both take the last slot.
    /// </summary>
    private List<JobRecord> ClaimIn(SqliteTransaction transaction, JobClaim claim)
    {
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        var now = NowMs;
        command.CommandText =
            $"UPDATE jobs SET state = 'running', lease_owner = $owner, lease_host = $host, lease_expires_at = $expires, " +
            "started_at = $now, finished_at = NULL, attempt = attempt + 1, progress = 0, progress_message = NULL " +
            "WHERE seq IN (SELECT seq FROM jobs WHERE state = 'queued' " +
            $"AND kind IN ({KindParameters(command, claim.Kinds)}) ORDER BY priority DESC, seq " +
            "LIMIT max(0, min($max, $hostLimit - (SELECT count(*) FROM jobs WHERE state = 'running' AND lease_host = $host)))) " +
            $"RETURNING {SqliteJobMapper.Columns}";
        command.Parameters.AddWithValue("$owner", claim.Owner);
        command.Parameters.AddWithValue("$host", claim.Host);
        command.Parameters.AddWithValue("$expires", now + (long)claim.LeaseDuration.TotalMilliseconds);
        command.Parameters.AddWithValue("$now", now);
        command.Parameters.AddWithValue("$max", claim.MaxJobs);
        command.Parameters.AddWithValue("$hostLimit", claim.HostLimit);
        var claimed = SqliteJobMapper.ReadAll(command);

        // RETURNING does not keep the subquery's order.
        claimed.Sort((a, b) => a.Priority != b.Priority ? b.Priority.CompareTo(a.Priority) : a.Sequence.CompareTo(b.Sequence));
        return claimed;
    }

    /// <inheritdoc />
    public Task<bool> CompleteAsync(string id, string owner, string? result, CancellationToken cancellationToken = default) =>
        Task.FromResult(Apply(
            JobTransition.Complete, id, JobState.Running, owner, CompleteSet,
            c => c.Parameters.AddWithValue("$result", (object?)result ?? DBNull.Value)));

    /// <inheritdoc />
    public Task<bool> FailAsync(string id, string owner, string errorMessage, CancellationToken cancellationToken = default) =>
        Task.FromResult(Apply(
            JobTransition.Fail, id, JobState.Running, owner,
            $"error = $error, finished_at = $now, {ClearLease}",
            c => c.Parameters.AddWithValue("$error", errorMessage)));

    /// <inheritdoc />
    public Task<bool> CancelAsync(string id, JobState expected, string? owner, CancellationToken cancellationToken = default) =>
        Task.FromResult(Apply(JobTransition.Cancel, id, expected, owner, $"finished_at = $now, {ClearLease}", _ => { }));

    /// <inheritdoc />
    public Task<bool> RequeueAsync(string id, string owner, bool countAttempt, CancellationToken cancellationToken = default) =>
        Task.FromResult(Apply(
            JobTransition.Requeue, id, JobState.Running, owner,
            $"attempt = attempt - $refund, started_at = NULL, progress = 0, progress_message = NULL, {ClearLease}",
            c => c.Parameters.AddWithValue("$refund", countAttempt ? 0 : 1)));

    /// <inheritdoc />
    public Task<CancelOutcome> RequestCancelAsync(string id, CancellationToken cancellationToken = default)
    {
        id = JobIds.Normalize(id);
        return Task.FromResult(InWriteTransaction(transaction =>
        {
            using var command = transaction.Connection!.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "SELECT state FROM jobs WHERE id = $id";
            command.Parameters.AddWithValue("$id", id);
            command.Parameters.AddWithValue("$now", NowMs);
            return command.ExecuteScalar() is string text ? SqliteJobMapper.ToState(text) switch
            {
                JobState.Queued => ApplyIn(transaction, JobTransition.Cancel, id, JobState.Queued, null, $"finished_at = $now, {ClearLease}", _ => { })
                    ? CancelOutcome.Cancelled : CancelOutcome.NotFound,
                JobState.Running => RequestRunningCancel(command),
                _ => CancelOutcome.AlreadyFinished,
            } : CancelOutcome.NotFound;
        }));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> GetCancelRequestsAsync(string owner, CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM jobs WHERE lease_owner = $owner AND state = 'running' AND cancel_requested_at IS NOT NULL";
        command.Parameters.AddWithValue("$owner", owner);
        var ids = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) ids.Add(reader.GetString(0));
        return Task.FromResult<IReadOnlyList<string>>(ids);
    }

    /// <inheritdoc />
    public Task<bool> ReportProgressAsync(string id, string owner, int percent, string? message, CancellationToken cancellationToken = default) =>
        Task.FromResult(Write(
            "UPDATE jobs SET progress = $p, progress_message = $m WHERE id = $id AND state = 'running' AND lease_owner = $owner",
            c =>
            {
                c.Parameters.AddWithValue("$id", id);
                c.Parameters.AddWithValue("$owner", owner);
                c.Parameters.AddWithValue("$p", Math.Clamp(percent, 0, 100));
                c.Parameters.AddWithValue("$m", (object?)message ?? DBNull.Value);
            }) == 1);

    /// <inheritdoc />
    public Task<int> RenewLeasesAsync(string owner, TimeSpan leaseDuration, CancellationToken cancellationToken = default) =>
        Task.FromResult(Write(
            "UPDATE jobs SET lease_expires_at = $now + $lease WHERE lease_owner = $owner AND state = 'running'",
            c =>
            {
                c.Parameters.AddWithValue("$owner", owner);
                c.Parameters.AddWithValue("$lease", (long)leaseDuration.TotalMilliseconds);
            }));

    /// <inheritdoc />
    public Task<IReadOnlyList<JobRecord>> ListRunningAsync(CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {SqliteJobMapper.Columns} FROM jobs WHERE state = 'running' ORDER BY seq";
        return Task.FromResult<IReadOnlyList<JobRecord>>(SqliteJobMapper.ReadAll(command));
    }

    private static CancelOutcome RequestRunningCancel(SqliteCommand command)
    {
        command.CommandText = "UPDATE jobs SET cancel_requested_at = coalesce(cancel_requested_at, $now) WHERE id = $id AND state = 'running'";
        return command.ExecuteNonQuery() == 1 ? CancelOutcome.Requested : CancelOutcome.AlreadyFinished;
    }

    /// <summary>Applies a guarded transition in its own write transaction.</summary>
    private bool Apply(JobTransition transition, string id, JobState expected, string? owner, string set, Action<SqliteCommand> bind) =>
        InWriteTransaction(transaction => ApplyIn(transaction, transition, id, expected, owner, set, bind));

    /// <summary>
    /// The one place a state is written: compare-and-set on the expected state (and lease owner for a running job),
    /// after checking the state machine allows the transition at all.
    /// </summary>
    private bool ApplyIn(SqliteTransaction transaction, JobTransition transition, string id, JobState expected, string? owner, string set, Action<SqliteCommand> bind)
    {
        JobTransitions.EnsureAllowed(transition, expected);
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        var guardOwner = expected == JobState.Running && owner is not null;
        command.CommandText =
            $"UPDATE jobs SET state = $to, {set} WHERE id = $id AND state = $from" + (guardOwner ? " AND lease_owner = $owner" : "");
        command.Parameters.AddWithValue("$to", SqliteJobMapper.ToText(JobTransitions.Target(transition)));
        command.Parameters.AddWithValue("$from", SqliteJobMapper.ToText(expected));
        command.Parameters.AddWithValue("$id", JobIds.Normalize(id));
        command.Parameters.AddWithValue("$now", NowMs);
        if (guardOwner) command.Parameters.AddWithValue("$owner", owner);
        bind(command);
        return command.ExecuteNonQuery() == 1;
    }
}
