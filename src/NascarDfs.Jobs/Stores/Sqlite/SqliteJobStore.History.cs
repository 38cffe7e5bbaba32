using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace NascarDfs.Jobs.Stores.Sqlite;

public sealed partial class SqliteJobStore
{
    private const int SqliteConstraint = 19;

    /// <inheritdoc />
    public async Task<JobRecord> SubmitAsync(JobSubmission submission, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        for (var tries = 0; ; tries++)
        {
            try
            {
                return await InsertAsync(submission, JobIds.New(), cancellationToken).ConfigureAwait(false);
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteConstraint && tries < 5)
            {
                // An id collision (rare with 36^8 ids): draw another.
            }
        }
    }

    /// <inheritdoc />
    public async Task<JobRecord?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {JobRows.Columns} FROM jobs WHERE id = $id";
        command.Parameters.AddWithValue("$id", JobIds.Normalize(id));
        return (await JobRows.ReadRecordsAsync(command, cancellationToken).ConfigureAwait(false)).FirstOrDefault();
    }

    /// <inheritdoc />
    public async Task<JobPage> ListAsync(JobQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        var where = new StringBuilder("WHERE 1 = 1");
        if (query.State is { } state)
        {
            where.Append(" AND state = $state");
            command.Parameters.AddWithValue("$state", JobRows.ToText(state));
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            where.Append(@" AND (name LIKE $search ESCAPE '\' OR id LIKE $search ESCAPE '\')");
            var escaped = query.Search.Trim().Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");
            command.Parameters.AddWithValue("$search", "%" + escaped + "%");
        }

        command.CommandText = $"SELECT count(*) FROM jobs {where}";
        var total = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        command.CommandText = $"SELECT {JobRows.SummaryColumns} FROM jobs {where} ORDER BY {OrderBy(query, NowMs)} LIMIT $limit OFFSET $offset";
        command.Parameters.AddWithValue("$limit", Math.Clamp(query.Limit, 1, 10_000));
        command.Parameters.AddWithValue("$offset", Math.Max(0, query.Offset));
        return new JobPage(await JobRows.ReadSummariesAsync(command, cancellationToken).ConfigureAwait(false), total);
    }

    /// <inheritdoc />
    public async Task<JobCounts> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT state, count(*) FROM jobs GROUP BY state";
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
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT EXISTS (SELECT 1 FROM jobs WHERE state = 'queued' AND kind IN ({KindParameters(command, kinds)}))";
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))! != 0;
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default) =>
        await WriteAsync("DELETE FROM jobs WHERE id = $id AND state <> 'running'", c => c.Parameters.AddWithValue("$id", JobIds.Normalize(id)), cancellationToken).ConfigureAwait(false) == 1;

    /// <inheritdoc />
    public Task<int> ClearFinishedAsync(CancellationToken cancellationToken = default) =>
        WriteAsync("DELETE FROM jobs WHERE state IN ('completed', 'failed', 'cancelled')", _ => { }, cancellationToken);

    /// <inheritdoc />
    public Task<int> PruneAsync(DateTimeOffset finishedBefore, CancellationToken cancellationToken = default) =>
        WriteAsync(
            "DELETE FROM jobs WHERE state IN ('completed', 'failed', 'cancelled') AND finished_at < $before",
            c => c.Parameters.AddWithValue("$before", JobRows.ToMs(finishedBefore)),
            cancellationToken);

    private static string KindParameters(SqliteCommand command, IReadOnlyCollection<string> kinds)
    {
        var names = new List<string>(kinds.Count);
        foreach (var kind in kinds)
        {
            var name = "$k" + names.Count.ToString(CultureInfo.InvariantCulture);
            command.Parameters.AddWithValue(name, kind);
            names.Add(name);
        }

        return string.Join(", ", names);
    }

    private Task<JobRecord> InsertAsync(JobSubmission submission, string id, CancellationToken cancellationToken) => InWriteTransactionAsync(async (transaction, ct) =>
    {
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            "INSERT INTO jobs (id, kind, name, state, priority, config, created_at, max_attempts, rerun_of, prefer_gpu) " +
            $"VALUES ($id, $kind, $name, 'queued', $priority, $config, $now, $max, $rerun, $gpu) RETURNING {JobRows.SummaryColumns}";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$kind", submission.Kind);
        command.Parameters.AddWithValue("$name", submission.Name);
        command.Parameters.AddWithValue("$priority", submission.Priority);
        command.Parameters.AddWithValue("$config", submission.Config);
        command.Parameters.AddWithValue("$now", NowMs);
        command.Parameters.AddWithValue("$max", Math.Max(1, submission.MaxAttempts));
        command.Parameters.AddWithValue("$rerun", (object?)submission.RerunOf ?? DBNull.Value);
        command.Parameters.AddWithValue("$gpu", submission.PreferGpu);
        var summary = (await JobRows.ReadSummariesAsync(command, ct).ConfigureAwait(false))[0];
        return new JobRecord(summary, submission.Config, null);
    }, cancellationToken);

    /// <summary>Runs one statement in its own <c>BEGIN IMMEDIATE</c> transaction; returns the rows changed.</summary>
    internal Task<int> WriteAsync(string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken) => InWriteTransactionAsync((transaction, ct) =>
    {
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("$now", NowMs);
        bind(command);
        return command.ExecuteNonQueryAsync(ct);
    }, cancellationToken);
}
