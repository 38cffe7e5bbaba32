using System.Globalization;
using System.Text;
using Npgsql;

namespace NascarDfs.Jobs.Stores.Postgres;

public sealed partial class PostgresJobStore
{
    /// <inheritdoc />
    public async Task<JobRecord> SubmitAsync(JobSubmission submission, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        for (var tries = 0; ; tries++)
        {
            try
            {
                await using var command = Command(
                    "INSERT INTO jobs (id, kind, name, state, priority, config, created_at, max_attempts, rerun_of, prefer_gpu) " +
                    $"VALUES (@id, @kind, @name, 'queued', @priority, @config, @now, @max, @rerun, @gpu) RETURNING {JobRows.SummaryColumns}");
                command.Parameters.AddWithValue("id", JobIds.New());
                command.Parameters.AddWithValue("kind", submission.Kind);
                command.Parameters.AddWithValue("name", submission.Name);
                command.Parameters.AddWithValue("priority", submission.Priority);
                command.Parameters.AddWithValue("config", submission.Config);
                command.Parameters.AddWithValue("now", NowMs);
                command.Parameters.AddWithValue("max", Math.Max(1, submission.MaxAttempts));
                command.Parameters.AddWithValue("rerun", (object?)submission.RerunOf ?? DBNull.Value);
                command.Parameters.AddWithValue("gpu", submission.PreferGpu);
                var summary = (await JobRows.ReadSummariesAsync(command, cancellationToken).ConfigureAwait(false))[0];
                return new JobRecord(summary, submission.Config, null);
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation && tries < 5)
            {
                // An id collision (rare with 36^8 ids): draw another.
            }
        }
    }

    /// <inheritdoc />
    public async Task<JobRecord?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var command = Command($"SELECT {JobRows.Columns} FROM jobs WHERE id = @id");
        command.Parameters.AddWithValue("id", JobIds.Normalize(id));
        return (await JobRows.ReadRecordsAsync(command, cancellationToken).ConfigureAwait(false)).FirstOrDefault();
    }

    /// <inheritdoc />
    public async Task<JobPage> ListAsync(JobQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var command = Command("");
        var where = new StringBuilder("WHERE true");
        if (query.State is { } state)
        {
            where.Append(" AND state = @state");
            command.Parameters.AddWithValue("state", JobRows.ToText(state));
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            where.Append(@" AND (name ILIKE @search ESCAPE '\' OR id ILIKE @search ESCAPE '\')");
            var escaped = query.Search.Trim().Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");
            command.Parameters.AddWithValue("search", "%" + escaped + "%");
        }

        command.CommandText = $"SELECT count(*) FROM jobs {where}";
        var total = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        command.CommandText = $"SELECT {JobRows.SummaryColumns} FROM jobs {where} ORDER BY {OrderBy(query, NowMs)} LIMIT @limit OFFSET @offset";
        command.Parameters.AddWithValue("limit", Math.Clamp(query.Limit, 1, 10_000));
        command.Parameters.AddWithValue("offset", Math.Max(0, query.Offset));
        return new JobPage(await JobRows.ReadSummariesAsync(command, cancellationToken).ConfigureAwait(false), total);
    }

    /// <inheritdoc />
    public async Task<JobCounts> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var command = Command("SELECT state, count(*)::integer FROM jobs GROUP BY state");
        var counts = new int[5];
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            counts[(int)JobRows.ToState(reader.GetString(0))] = reader.GetInt32(1);
        }

        return new JobCounts(counts[0], counts[1], counts[2], counts[3], counts[4]);
    }

    /// <inheritdoc />
    public async Task<bool> HasQueuedAsync(IReadOnlyCollection<string> kinds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        if (kinds.Count == 0) return false;
        await using var command = Command("SELECT EXISTS (SELECT 1 FROM jobs WHERE state = 'queued' AND kind = ANY(@kinds))");
        command.Parameters.AddWithValue("kinds", kinds.ToArray());
        return (bool)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default) =>
        await WriteAsync("DELETE FROM jobs WHERE id = @id AND state <> 'running'", c => c.Parameters.AddWithValue("id", JobIds.Normalize(id)), cancellationToken).ConfigureAwait(false) == 1;

    /// <inheritdoc />
    public Task<int> ClearFinishedAsync(CancellationToken cancellationToken = default) =>
        WriteAsync("DELETE FROM jobs WHERE state IN ('completed', 'failed', 'cancelled')", _ => { }, cancellationToken);

    /// <inheritdoc />
    public Task<int> PruneAsync(DateTimeOffset finishedBefore, CancellationToken cancellationToken = default) =>
        WriteAsync(
            "DELETE FROM jobs WHERE state IN ('completed', 'failed', 'cancelled') AND finished_at < @before",
            c => c.Parameters.AddWithValue("before", JobRows.ToMs(finishedBefore)),
            cancellationToken);

    /// <summary>The ORDER BY of a history page: only these fixed expressions, never text from the query (as in SQLite).</summary>
    private static string OrderBy(JobQuery query, long nowMs)
    {
        var column = query.Sort switch
        {
            JobSort.Name => "lower(name)",
            JobSort.State => "CASE state WHEN 'queued' THEN 0 WHEN 'running' THEN 1 WHEN 'completed' THEN 2 WHEN 'failed' THEN 3 ELSE 4 END",
            JobSort.Duration => $"(coalesce(finished_at, {nowMs.ToString(CultureInfo.InvariantCulture)}) - started_at)",
            JobSort.Progress => "progress",
            _ => null,
        };
        var direction = query.Ascending ? "ASC" : "DESC";
        var nulls = query.Ascending ? "NULLS FIRST" : "NULLS LAST";
        return column is null ? $"seq {direction}" : $"{column} {direction} {nulls}, seq DESC";
    }
}
