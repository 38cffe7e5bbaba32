using Npgsql;

namespace NascarDfs.Jobs.Stores.Postgres;

public sealed partial class PostgresJobStore
{
    private const string ClearLease = "lease_owner = NULL, lease_host = NULL, lease_expires_at = NULL";
    private const string CompleteSet = $"result = @result, warning = @warning, finished_at = @now, progress = 100, {ClearLease}";

    /// <inheritdoc />
    public async Task<IReadOnlyList<JobSummary>> ClaimAsync(JobClaim claim, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        cancellationToken.ThrowIfCancellationRequested();
        if (claim.MaxJobs <= 0 || claim.Kinds.Count == 0) return [];
        return (await ClaimBatchAsync(null, claim, cancellationToken).ConfigureAwait(false)).Claimed;
    }

    /// <inheritdoc />
    public async Task<JobHandoff> CompleteAndClaimAsync(string id, string owner, JobOutput output, JobClaim nextClaim, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nextClaim);
        var complete = new NpgsqlBatchCommand(ApplySql(JobTransition.Complete, JobState.Running, owner, CompleteSet));
        BindApply(complete.Parameters, JobTransition.Complete, id, JobState.Running, owner, c => BindOutput(c, output));
        if (nextClaim.MaxJobs <= 0 || nextClaim.Kinds.Count == 0)
        {
            await using var alone = _dataSource.CreateBatch();
            alone.BatchCommands.Add(complete);
            return new JobHandoff(await alone.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1, []);
        }

        var (completed, claimed) = await ClaimBatchAsync(complete, nextClaim, cancellationToken).ConfigureAwait(false);
        return new JobHandoff(completed == 1, claimed);
    }

    /// <summary>
    /// <see cref="JobTransition.Claim"/> (after <paramref name="first"/>, a completion, when given) in one batch: one round trip,
    /// one implicit transaction. Claimers of one host take turns at an advisory lock held to commit; the claim statement comes
    /// after the lock statement, so (read committed: a snapshot per statement) its count of the host's running jobs, in the
    /// same statement as the claim, sees every job the host runs. Claimers of other hosts do not wait: rows another claimer is
    /// taking are skipped (<c>FOR UPDATE SKIP LOCKED</c>). A job that prefers a GPU is skipped by a runner without one while a
    /// live GPU runner of its kind is registered (<see cref="JobClaim.Gpu"/>), tested in the same statement. The claimed rows
    /// come back whole (<see cref="JobRecord"/>, config included): no lock of a whole store is held here, and the runner then
    /// needs no second round trip to read the config.
    /// </summary>
    private async Task<(int FirstAffected, IReadOnlyList<JobSummary> Claimed)> ClaimBatchAsync(NpgsqlBatchCommand? first, JobClaim claim, CancellationToken cancellationToken)
    {
        await using var batch = _dataSource.CreateBatch();
        if (first is not null) batch.BatchCommands.Add(first);
        var lockHost = new NpgsqlBatchCommand("SELECT pg_advisory_xact_lock(hashtextextended('nascardfs.host:' || current_schema() || ':' || @host, 0))");
        lockHost.Parameters.AddWithValue("host", claim.Host);
        batch.BatchCommands.Add(lockHost);
        var now = NowMs;
        var take = new NpgsqlBatchCommand(
            "WITH picked AS (SELECT seq FROM jobs q WHERE state = 'queued' AND kind = ANY(@kinds) " +
            "AND (NOT prefer_gpu OR @gpu OR NOT EXISTS (SELECT 1 FROM runners r WHERE r.gpu AND r.heartbeat_at >= @liveSince " +
            "AND q.kind = ANY(string_to_array(r.kinds, ',')))) ORDER BY priority DESC, seq " +
            "LIMIT greatest(0, least(@max, @hostLimit - (SELECT count(*) FROM jobs WHERE state = 'running' AND lease_host = @host))) " +
            "FOR UPDATE SKIP LOCKED) " +
            "UPDATE jobs SET state = 'running', lease_owner = @owner, lease_host = @host, lease_expires_at = @expires, ran_on = @host, " +
            "started_at = @now, finished_at = NULL, attempt = attempt + 1, progress = 0, progress_message = NULL, warning = NULL " +
            $"WHERE seq IN (SELECT seq FROM picked) RETURNING {JobRows.Columns}");
        take.Parameters.AddWithValue("owner", claim.Owner);
        take.Parameters.AddWithValue("host", claim.Host);
        take.Parameters.AddWithValue("expires", now + (long)claim.LeaseDuration.TotalMilliseconds);
        take.Parameters.AddWithValue("now", now);
        take.Parameters.AddWithValue("max", (long)claim.MaxJobs);
        take.Parameters.AddWithValue("hostLimit", (long)claim.HostLimit);
        take.Parameters.AddWithValue("kinds", claim.Kinds.ToArray());
        take.Parameters.AddWithValue("gpu", claim.Gpu);
        take.Parameters.AddWithValue("liveSince", now - (long)JobDefaults.RunnerLiveWindow.TotalMilliseconds);
        batch.BatchCommands.Add(take);

        var claimed = new List<JobSummary>();
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            // The claim's rows are the last result; the completion has none and the lock one void row.
            do
            {
                if (reader.FieldCount <= 1) continue;
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) claimed.Add(JobRows.ReadRecord(reader));
            }
            while (await reader.NextResultAsync(cancellationToken).ConfigureAwait(false));
        }

        JobRows.SortClaimed(claimed);
        return (first?.RecordsAffected ?? 0, claimed);
    }

    /// <inheritdoc />
    public Task<bool> CompleteAsync(string id, string owner, JobOutput output, CancellationToken cancellationToken = default) =>
        ApplyAsync(
            JobTransition.Complete, id, JobState.Running, owner, CompleteSet,
            c => BindOutput(c, output), cancellationToken);

    private static void BindOutput(NpgsqlParameterCollection parameters, JobOutput output)
    {
        parameters.AddWithValue("result", (object?)output.Result ?? DBNull.Value);
        parameters.AddWithValue("warning", (object?)output.Warning ?? DBNull.Value);
    }

    /// <inheritdoc />
    public Task<bool> FailAsync(string id, string owner, string errorMessage, CancellationToken cancellationToken = default) =>
        ApplyAsync(
            JobTransition.Fail, id, JobState.Running, owner,
            $"error = @error, finished_at = @now, {ClearLease}",
            c => c.AddWithValue("error", errorMessage), cancellationToken);

    /// <inheritdoc />
    public Task<bool> CancelAsync(string id, JobState expected, string? owner, CancellationToken cancellationToken = default) =>
        ApplyAsync(JobTransition.Cancel, id, expected, owner, $"finished_at = @now, {ClearLease}", _ => { }, cancellationToken);

    /// <inheritdoc />
    public Task<bool> RequeueAsync(string id, string owner, bool countAttempt, CancellationToken cancellationToken = default) =>
        ApplyAsync(
            JobTransition.Requeue, id, JobState.Running, owner,
            $"attempt = attempt - @refund, started_at = NULL, progress = 0, progress_message = NULL, {ClearLease}",
            c => c.AddWithValue("refund", countAttempt ? 0 : 1), cancellationToken);

    /// <inheritdoc />
    public Task<CancelOutcome> RequestCancelAsync(string id, CancellationToken cancellationToken = default)
    {
        id = JobIds.Normalize(id);
        return InTransactionAsync(async (connection, transaction, ct) =>
        {
            await using var command = new NpgsqlCommand("SELECT state FROM jobs WHERE id = @id FOR UPDATE", connection, transaction);
            command.Parameters.AddWithValue("id", id);
            command.Parameters.AddWithValue("now", NowMs);
            if (await command.ExecuteScalarAsync(ct).ConfigureAwait(false) is not string text) return CancelOutcome.NotFound;
            switch (JobRows.ToState(text))
            {
                case JobState.Queued:
                    var cancelled = await ApplyInAsync(connection, transaction, JobTransition.Cancel, id, JobState.Queued, null, $"finished_at = @now, {ClearLease}", _ => { }, ct).ConfigureAwait(false);
                    return cancelled ? CancelOutcome.Cancelled : CancelOutcome.NotFound;
                case JobState.Running:
                    command.CommandText = "UPDATE jobs SET cancel_requested_at = coalesce(cancel_requested_at, @now) WHERE id = @id AND state = 'running'";
                    return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false) == 1 ? CancelOutcome.Requested : CancelOutcome.AlreadyFinished;
                default:
                    return CancelOutcome.AlreadyFinished;
            }
        }, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> GetCancelRequestsAsync(string owner, CancellationToken cancellationToken = default)
    {
        await using var command = Command("SELECT id FROM jobs WHERE lease_owner = @owner AND state = 'running' AND cancel_requested_at IS NOT NULL");
        command.Parameters.AddWithValue("owner", owner);
        return await JobRows.ReadAllAsync(command, r => r.GetString(0), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<bool> ReportProgressAsync(string id, string owner, int percent, string? message, CancellationToken cancellationToken = default) =>
        await WriteAsync(
            "UPDATE jobs SET progress = @p, progress_message = @m WHERE id = @id AND state = 'running' AND lease_owner = @owner",
            c =>
            {
                c.Parameters.AddWithValue("id", id);
                c.Parameters.AddWithValue("owner", owner);
                c.Parameters.AddWithValue("p", Math.Clamp(percent, 0, 100));
                c.Parameters.AddWithValue("m", (object?)message ?? DBNull.Value);
            },
            cancellationToken).ConfigureAwait(false) == 1;

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> RenewLeasesAsync(string owner, TimeSpan leaseDuration, CancellationToken cancellationToken = default)
    {
        await using var command = Command("UPDATE jobs SET lease_expires_at = @now + @lease WHERE lease_owner = @owner AND state = 'running' RETURNING id");
        command.Parameters.AddWithValue("now", NowMs);
        command.Parameters.AddWithValue("owner", owner);
        command.Parameters.AddWithValue("lease", (long)leaseDuration.TotalMilliseconds);
        return await JobRows.ReadAllAsync(command, r => r.GetString(0), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<JobSummary>> ListRunningAsync(CancellationToken cancellationToken = default)
    {
        await using var command = Command($"SELECT {JobRows.SummaryColumns} FROM jobs WHERE state = 'running' ORDER BY seq");
        return await JobRows.ReadSummariesAsync(command, cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> ApplyAsync(JobTransition transition, string id, JobState expected, string? owner, string set, Action<NpgsqlParameterCollection> bind, CancellationToken cancellationToken)
    {
        JobTransitions.EnsureAllowed(transition, expected);
        await using var command = Command(ApplySql(transition, expected, owner, set));
        BindApply(command.Parameters, transition, id, expected, owner, bind);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>
    /// The one place a state is written: compare-and-set on the expected state (and lease owner for a running job),
    /// after checking the state machine allows the transition at all.
    /// </summary>
    private async Task<bool> ApplyInAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, JobTransition transition, string id, JobState expected, string? owner, string set,
        Action<NpgsqlParameterCollection> bind, CancellationToken cancellationToken)
    {
        JobTransitions.EnsureAllowed(transition, expected);
        await using var command = new NpgsqlCommand(ApplySql(transition, expected, owner, set), connection, transaction);
        BindApply(command.Parameters, transition, id, expected, owner, bind);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    private static string ApplySql(JobTransition transition, JobState expected, string? owner, string set)
    {
        JobTransitions.EnsureAllowed(transition, expected);
        var guardOwner = expected == JobState.Running && owner is not null;
        return $"UPDATE jobs SET state = @to, {set} WHERE id = @id AND state = @from" + (guardOwner ? " AND lease_owner = @owner" : "");
    }

    private void BindApply(NpgsqlParameterCollection parameters, JobTransition transition, string id, JobState expected, string? owner, Action<NpgsqlParameterCollection> bind)
    {
        parameters.AddWithValue("to", JobRows.ToText(JobTransitions.Target(transition)));
        parameters.AddWithValue("from", JobRows.ToText(expected));
        parameters.AddWithValue("id", JobIds.Normalize(id));
        parameters.AddWithValue("now", NowMs);
        if (expected == JobState.Running && owner is not null) parameters.AddWithValue("owner", owner);
        bind(parameters);
    }
}
