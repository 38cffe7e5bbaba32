using Microsoft.Data.Sqlite;

namespace NascarDfs.Jobs.Stores.Sqlite;

public sealed partial class SqliteJobStore
{
    private const string ClearLease = "lease_owner = NULL, lease_host = NULL, lease_expires_at = NULL";
    private const string CompleteSet = $"result = $result, warning = $warning, finished_at = $now, progress = 100, {ClearLease}";

    /// <inheritdoc />
    public async Task<IReadOnlyList<JobSummary>> ClaimAsync(JobClaim claim, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        cancellationToken.ThrowIfCancellationRequested();
        if (claim.MaxJobs <= 0 || claim.Kinds.Count == 0) return [];
        return await InWriteTransactionAsync((transaction, ct) => ClaimInAsync(transaction, claim, ct), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<JobHandoff> CompleteAndClaimAsync(string id, string owner, JobOutput output, JobClaim nextClaim, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nextClaim);
        return InWriteTransactionAsync(async (transaction, ct) =>
        {
            var completed = await ApplyInAsync(
                transaction, JobTransition.Complete, id, JobState.Running, owner, CompleteSet,
                c => BindOutput(c, output), ct).ConfigureAwait(false);
            IReadOnlyList<JobSummary> claimed = nextClaim.MaxJobs > 0 && nextClaim.Kinds.Count > 0
                ? await ClaimInAsync(transaction, nextClaim, ct).ConfigureAwait(false)
                : [];
            return new JobHandoff(completed, claimed);
        }, cancellationToken);
    }

    /// <summary>
    /// <see cref="JobTransition.Claim"/> inside the caller's write transaction. The host's running jobs are counted in the same
    /// statement (so in that same transaction): two processes on one host cannot both take the last slot. A job that prefers a
    /// GPU is skipped by a runner without one while a live GPU runner of its kind is registered (<see cref="JobClaim.Gpu"/>),
    /// tested in the same statement. Only summaries come back: the runner reads the config by id, outside the write lock.
    /// </summary>
    private async Task<IReadOnlyList<JobSummary>> ClaimInAsync(SqliteTransaction transaction, JobClaim claim, CancellationToken cancellationToken)
    {
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        var now = NowMs;
        command.CommandText =
            "UPDATE jobs SET state = 'running', lease_owner = $owner, lease_host = $host, lease_expires_at = $expires, ran_on = $host, " +
            "started_at = $now, finished_at = NULL, attempt = attempt + 1, progress = 0, progress_message = NULL, warning = NULL " +
            "WHERE seq IN (SELECT seq FROM jobs q WHERE state = 'queued' " +
            $"AND kind IN ({KindParameters(command, claim.Kinds)}) " +
            "AND (prefer_gpu = 0 OR $gpu = 1 OR NOT EXISTS (SELECT 1 FROM runners r WHERE r.gpu = 1 AND r.heartbeat_at >= $liveSince " +
            "AND instr(',' || r.kinds || ',', ',' || q.kind || ',') > 0)) ORDER BY priority DESC, seq " +
            "LIMIT max(0, min($max, $hostLimit - (SELECT count(*) FROM jobs WHERE state = 'running' AND lease_host = $host)))) " +
            $"RETURNING {JobRows.SummaryColumns}";
        command.Parameters.AddWithValue("$owner", claim.Owner);
        command.Parameters.AddWithValue("$host", claim.Host);
        command.Parameters.AddWithValue("$expires", now + (long)claim.LeaseDuration.TotalMilliseconds);
        command.Parameters.AddWithValue("$now", now);
        command.Parameters.AddWithValue("$max", claim.MaxJobs);
        command.Parameters.AddWithValue("$hostLimit", claim.HostLimit);
        command.Parameters.AddWithValue("$gpu", claim.Gpu);
        command.Parameters.AddWithValue("$liveSince", now - (long)JobDefaults.RunnerLiveWindow.TotalMilliseconds);
        var claimed = await JobRows.ReadSummariesAsync(command, cancellationToken).ConfigureAwait(false);
        JobRows.SortClaimed(claimed);
        return claimed;
    }

    /// <inheritdoc />
    public Task<bool> CompleteAsync(string id, string owner, JobOutput output, CancellationToken cancellationToken = default) =>
        ApplyAsync(
            JobTransition.Complete, id, JobState.Running, owner, CompleteSet,
            c => BindOutput(c, output), cancellationToken);

    private static void BindOutput(SqliteCommand command, JobOutput output)
    {
        command.Parameters.AddWithValue("$result", (object?)output.Result ?? DBNull.Value);
        command.Parameters.AddWithValue("$warning", (object?)output.Warning ?? DBNull.Value);
    }

    /// <inheritdoc />
    public Task<bool> FailAsync(string id, string owner, string errorMessage, CancellationToken cancellationToken = default) =>
        ApplyAsync(
            JobTransition.Fail, id, JobState.Running, owner,
            $"error = $error, finished_at = $now, {ClearLease}",
            c => c.Parameters.AddWithValue("$error", errorMessage), cancellationToken);

    /// <inheritdoc />
    public Task<bool> CancelAsync(string id, JobState expected, string? owner, CancellationToken cancellationToken = default) =>
        ApplyAsync(JobTransition.Cancel, id, expected, owner, $"finished_at = $now, {ClearLease}", _ => { }, cancellationToken);

    /// <inheritdoc />
    public Task<bool> RequeueAsync(string id, string owner, bool countAttempt, CancellationToken cancellationToken = default) =>
        ApplyAsync(
            JobTransition.Requeue, id, JobState.Running, owner,
            $"attempt = attempt - $refund, started_at = NULL, progress = 0, progress_message = NULL, {ClearLease}",
            c => c.Parameters.AddWithValue("$refund", countAttempt ? 0 : 1), cancellationToken);

    /// <inheritdoc />
    public Task<CancelOutcome> RequestCancelAsync(string id, CancellationToken cancellationToken = default)
    {
        id = JobIds.Normalize(id);
        return InWriteTransactionAsync(async (transaction, ct) =>
        {
            using var command = transaction.Connection!.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "SELECT state FROM jobs WHERE id = $id";
            command.Parameters.AddWithValue("$id", id);
            command.Parameters.AddWithValue("$now", NowMs);
            if (await command.ExecuteScalarAsync(ct).ConfigureAwait(false) is not string text) return CancelOutcome.NotFound;
            switch (JobRows.ToState(text))
            {
                case JobState.Queued:
                    var cancelled = await ApplyInAsync(transaction, JobTransition.Cancel, id, JobState.Queued, null, $"finished_at = $now, {ClearLease}", _ => { }, ct).ConfigureAwait(false);
                    return cancelled ? CancelOutcome.Cancelled : CancelOutcome.NotFound;
                case JobState.Running:
                    command.CommandText = "UPDATE jobs SET cancel_requested_at = coalesce(cancel_requested_at, $now) WHERE id = $id AND state = 'running'";
                    return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 1 ? CancelOutcome.Requested : CancelOutcome.AlreadyFinished;
                default:
                    return CancelOutcome.AlreadyFinished;
            }
        }, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> GetCancelRequestsAsync(string owner, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM jobs WHERE lease_owner = $owner AND state = 'running' AND cancel_requested_at IS NOT NULL";
        command.Parameters.AddWithValue("$owner", owner);
        return await JobRows.ReadAllAsync(command, r => r.GetString(0), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<bool> ReportProgressAsync(string id, string owner, int percent, string? message, CancellationToken cancellationToken = default) =>
        await WriteAsync(
            "UPDATE jobs SET progress = $p, progress_message = $m WHERE id = $id AND state = 'running' AND lease_owner = $owner",
            c =>
            {
                c.Parameters.AddWithValue("$id", id);
                c.Parameters.AddWithValue("$owner", owner);
                c.Parameters.AddWithValue("$p", Math.Clamp(percent, 0, 100));
                c.Parameters.AddWithValue("$m", (object?)message ?? DBNull.Value);
            },
            cancellationToken).ConfigureAwait(false) == 1;

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> RenewLeasesAsync(string owner, TimeSpan leaseDuration, CancellationToken cancellationToken = default) =>
        InWriteTransactionAsync<IReadOnlyList<string>>(async (transaction, ct) =>
        {
            using var command = transaction.Connection!.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "UPDATE jobs SET lease_expires_at = $now + $lease WHERE lease_owner = $owner AND state = 'running' RETURNING id";
            command.Parameters.AddWithValue("$now", NowMs);
            command.Parameters.AddWithValue("$owner", owner);
            command.Parameters.AddWithValue("$lease", (long)leaseDuration.TotalMilliseconds);
            return await JobRows.ReadAllAsync(command, r => r.GetString(0), ct).ConfigureAwait(false);
        }, cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<JobSummary>> ListRunningAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {JobRows.SummaryColumns} FROM jobs WHERE state = 'running' ORDER BY seq";
        return await JobRows.ReadSummariesAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Applies a guarded transition in its own write transaction.</summary>
    private Task<bool> ApplyAsync(JobTransition transition, string id, JobState expected, string? owner, string set, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        JobTransitions.EnsureAllowed(transition, expected);
        return InWriteTransactionAsync((transaction, ct) => ApplyInAsync(transaction, transition, id, expected, owner, set, bind, ct), cancellationToken);
    }

    /// <summary>
    /// The one place a state is written: compare-and-set on the expected state (and lease owner for a running job),
    /// after checking the state machine allows the transition at all.
    /// </summary>
    private async Task<bool> ApplyInAsync(
        SqliteTransaction transaction, JobTransition transition, string id, JobState expected, string? owner, string set, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        JobTransitions.EnsureAllowed(transition, expected);
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        var guardOwner = expected == JobState.Running && owner is not null;
        command.CommandText =
            $"UPDATE jobs SET state = $to, {set} WHERE id = $id AND state = $from" + (guardOwner ? " AND lease_owner = $owner" : "");
        command.Parameters.AddWithValue("$to", JobRows.ToText(JobTransitions.Target(transition)));
        command.Parameters.AddWithValue("$from", JobRows.ToText(expected));
        command.Parameters.AddWithValue("$id", JobIds.Normalize(id));
        command.Parameters.AddWithValue("$now", NowMs);
        if (guardOwner) command.Parameters.AddWithValue("$owner", owner);
        bind(command);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }
}
