using Npgsql;

namespace NascarDfs.Jobs.Stores.Postgres;

public sealed partial class PostgresJobStore
{
    private const string ClearLease = "lease_owner = NULL, lease_host = NULL, lease_expires_at = NULL";
    private const string CompleteSet = $"result = @result, warning = @warning, finished_at = @now, progress = 100, {ClearLease}";

    /// <summary>
    /// The claim's update of the rows <c>picked</c> selected: running under the claimer, attempt counted, whole rows back. The
    /// picked keys go in as an array, so the update finds them by primary key (for <c>IN (SELECT ...)</c> the planner, which
    /// cannot know the LIMIT, chose a scan of the whole table).
    /// </summary>
    private const string TakeSql =
        "UPDATE jobs SET state = 'running', lease_owner = @claimOwner, lease_host = @host, lease_expires_at = @expires, ran_on = @host, " +
        "started_at = @now, finished_at = NULL, attempt = attempt + 1, progress = 0, progress_message = NULL, warning = NULL " +
        "WHERE seq = ANY (ARRAY(SELECT seq FROM picked)) RETURNING " + JobRows.Columns;

    /// <inheritdoc />
    public async Task<IReadOnlyList<JobSummary>> ClaimAsync(JobClaim claim, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        cancellationToken.ThrowIfCancellationRequested();
        if (claim.MaxJobs <= 0 || claim.Kinds.Count == 0) return [];

        // One batch: one round trip, one implicit transaction. Claimers of one host take turns at an advisory lock held to
        // commit; the claim statement comes after the lock statement, so (read committed: a snapshot per statement) its count
        // of the host's running jobs sees every job the host runs.
        await using var batch = _dataSource.CreateBatch();
        var lockHost = new NpgsqlBatchCommand("SELECT pg_advisory_xact_lock(hashtextextended('nascardfs.host:' || current_schema() || ':' || @host, 0))");
        lockHost.Parameters.AddWithValue("host", claim.Host);
        batch.BatchCommands.Add(lockHost);
        var take = new NpgsqlBatchCommand($"WITH {PickSql(handoff: false)} {TakeSql}");
        take.Parameters.AddWithValue("now", NowMs);
        BindClaim(take.Parameters, claim);
        batch.BatchCommands.Add(take);

        var claimed = new List<JobSummary>();
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            // The lock's one void row first, then the claim's rows.
            do
            {
                if (reader.FieldCount <= 1) continue;
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) claimed.Add(JobRows.ReadRecord(reader));
            }
            while (await reader.NextResultAsync(cancellationToken).ConfigureAwait(false));
        }

        JobRows.SortClaimed(claimed);
        return claimed;
    }

    /// <summary>
    /// The completion and the claim of its slot's successor in one statement (one round trip, no lock): the claim takes a job
    /// only when the completion applied, so it replaces a job this host ran and the host's count of running jobs cannot grow
    /// by it; that count (this statement's snapshot still shows the completed job running, hence the correction) only ever
    /// stops it. Locked claims (<see cref="ClaimAsync"/>) see such a handoff whole or not at all, so the per-host limit holds
    /// without making the host's slots take turns. A completion that did not apply (the lease was lost) claims nothing: the
    /// runner's claim loop fills the slot under the lock.
    /// </summary>
    public async Task<JobHandoff> CompleteAndClaimAsync(string id, string owner, JobOutput output, JobClaim nextClaim, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nextClaim);
        if (nextClaim.MaxJobs <= 0 || nextClaim.Kinds.Count == 0) return new JobHandoff(await CompleteAsync(id, owner, output, cancellationToken).ConfigureAwait(false), []);

        await using var command = Command(
            $"WITH done AS ({ApplySql(JobTransition.Complete, JobState.Running, owner, CompleteSet)} RETURNING seq), {PickSql(handoff: true)}, " +
            $"taken AS ({TakeSql}) SELECT taken.*, (SELECT count(*) FROM done) FROM (SELECT 1) AS one LEFT JOIN taken ON true");
        BindApply(command.Parameters, JobTransition.Complete, id, JobState.Running, owner, c => BindOutput(c, output));
        BindClaim(command.Parameters, nextClaim);

        var completed = false;
        var claimed = new List<JobSummary>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                completed = reader.GetInt64(reader.FieldCount - 1) == 1;
                if (!reader.IsDBNull(0)) claimed.Add(JobRows.ReadRecord(reader));
            }
        }

        JobRows.SortClaimed(claimed);
        return new JobHandoff(completed, claimed);
    }

    /// <summary>
    /// The <c>picked</c> common table expression: queued jobs of the claimer's kinds by priority, then submission order, as many
    /// as the claim and the host's limit allow, locked (<c>FOR UPDATE SKIP LOCKED</c>: rows another claimer is taking are
    /// skipped, claimers of other hosts never wait). A job that prefers a GPU is skipped by a runner without one while a live
    /// GPU runner of its kind is registered (<see cref="JobClaim.Gpu"/>), tested in the same statement. In a handoff the rows
    /// the <c>done</c> completion took out of the host's running jobs are counted out, and nothing is picked unless it applied.
    /// </summary>
    private static string PickSql(bool handoff) =>
        "picked AS (SELECT seq FROM jobs q WHERE state = 'queued' AND kind = ANY(@kinds) " +
        "AND (NOT prefer_gpu OR @gpu OR NOT EXISTS (SELECT 1 FROM runners r WHERE r.gpu AND r.heartbeat_at >= @liveSince " +
        "AND q.kind = ANY(string_to_array(r.kinds, ',')))) " +
        (handoff ? "AND EXISTS (SELECT 1 FROM done) " : "") +
        "ORDER BY priority DESC, seq " +
        "LIMIT greatest(0, least(@max, @hostLimit - (SELECT count(*) FROM jobs WHERE state = 'running' AND lease_host = @host)" +
        (handoff ? " + (SELECT count(*) FROM done)" : "") +
        ")) FOR UPDATE SKIP LOCKED)";

    /// <summary>The claim's parameters (<c>@now</c> is the caller's: a handoff shares the completion's).</summary>
    private static void BindClaim(NpgsqlParameterCollection parameters, JobClaim claim)
    {
        var now = (long)parameters["now"].Value!;
        parameters.AddWithValue("claimOwner", claim.Owner);
        parameters.AddWithValue("host", claim.Host);
        parameters.AddWithValue("expires", now + (long)claim.LeaseDuration.TotalMilliseconds);
        parameters.AddWithValue("max", (long)claim.MaxJobs);
        parameters.AddWithValue("hostLimit", (long)claim.HostLimit);
        parameters.AddWithValue("kinds", claim.Kinds.ToArray());
        parameters.AddWithValue("gpu", claim.Gpu);
        parameters.AddWithValue("liveSince", now - (long)JobDefaults.RunnerLiveWindow.TotalMilliseconds);
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
