using System.Text;
using Microsoft.Data.Sqlite;

namespace NascarDfs.Jobs.Stores.Sqlite;

public sealed partial class SqliteJobStore
{
    private const int SqliteConstraint = 19;

    /// <inheritdoc />
    public Task<JobRecord> SubmitAsync(JobSubmission submission, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        cancellationToken.ThrowIfCancellationRequested();
        for (var tries = 0; ; tries++)
        {
            try
            {
                return Task.FromResult(Insert(submission, JobIds.New()));
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteConstraint && tries < 5)
            {
                // An id collision (rare with 36^8 ids): draw another.
            }
        }
    }

    /// <inheritdoc />
    public Task<JobRecord?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {SqliteJobMapper.Columns} FROM jobs WHERE id = $id";
        command.Parameters.AddWithValue("$id", JobIds.Normalize(id));
        return Task.FromResult(SqliteJobMapper.ReadAll(command).FirstOrDefault());
    }

    /// <inheritdoc />
    public Task<JobPage> ListAsync(JobQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var connection = Open();
        using var command = connection.CreateCommand();
        var where = new StringBuilder("WHERE 1 = 1");
        if (query.State is { } state)
        {
            where.Append(" AND state = $state");
            command.Parameters.AddWithValue("$state", SqliteJobMapper.ToText(state));
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            where.Append(@" AND (name LIKE $search ESCAPE '\' OR id LIKE $search ESCAPE '\')");
            var escaped = query.Search.Trim().Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");
            command.Parameters.AddWithValue("$search", "%" + escaped + "%");
        }

        command.CommandText = $"SELECT count(*) FROM jobs {where}";
        var total = Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        command.CommandText = $"SELECT {SqliteJobMapper.Columns} FROM jobs {where} ORDER BY {OrderBy(query, NowMs)} LIMIT $limit OFFSET $offset";
        command.Parameters.AddWithValue("$limit", Math.Clamp(query.Limit, 1, 10_000));
        command.Parameters.AddWithValue("$offset", Math.Max(0, query.Offset));
        return Task.FromResult(new JobPage(SqliteJobMapper.ReadAll(command), total));
    }

    /// <inheritdoc />
    public Task<JobCounts> CountAsync(CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT state, count(*) FROM jobs GROUP BY state";
        var counts = new int[5];
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            counts[(int)SqliteJobMapper.ToState(reader.GetString(0))] = reader.GetInt32(1);
        }

        return Task.FromResult(new JobCounts(counts[0], counts[1], counts[2], counts[3], counts[4]));
    }

    /// <inheritdoc />
    public Task<bool> HasQueuedAsync(IReadOnlyCollection<string> kinds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        if (kinds.Count == 0) return Task.FromResult(false);
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT EXISTS (SELECT 1 FROM jobs WHERE state = 'queued' AND kind IN ({KindParameters(command, kinds)}))";
        return Task.FromResult((long)command.ExecuteScalar()! != 0);
    }

    /// <inheritdoc />
    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult(Write("DELETE FROM jobs WHERE id = $id AND state <> 'running'", c => c.Parameters.AddWithValue("$id", JobIds.Normalize(id))) == 1);

    /// <inheritdoc />
    public Task<int> ClearFinishedAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(Write("DELETE FROM jobs WHERE state IN ('completed', 'failed', 'cancelled')", _ => { }));

    /// <inheritdoc />
    public Task<int> PruneAsync(DateTimeOffset finishedBefore, CancellationToken cancellationToken = default) =>
        Task.FromResult(Write(
            "DELETE FROM jobs WHERE state IN ('completed', 'failed', 'cancelled') AND finished_at < $before",
            c => c.Parameters.AddWithValue("$before", SqliteJobMapper.ToMs(finishedBefore))));

    private static string KindParameters(SqliteCommand command, IReadOnlyCollection<string> kinds)
    {
        var names = new List<string>(kinds.Count);
        foreach (var kind in kinds)
        {
            var name = "$k" + names.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            command.Parameters.AddWithValue(name, kind);
            names.Add(name);
        }

        return string.Join(", ", names);
    }

    private JobRecord Insert(JobSubmission submission, string id) => InWriteTransaction(transaction =>
    {
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            "INSERT INTO jobs (id, kind, name, state, priority, config, created_at, max_attempts, rerun_of) " +
            $"VALUES ($id, $kind, $name, 'queued', $priority, $config, $now, $max, $rerun) RETURNING {SqliteJobMapper.Columns}";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$kind", submission.Kind);
        command.Parameters.AddWithValue("$name", submission.Name);
        command.Parameters.AddWithValue("$priority", submission.Priority);
        command.Parameters.AddWithValue("$config", submission.Config);
        command.Parameters.AddWithValue("$now", NowMs);
        command.Parameters.AddWithValue("$max", Math.Max(1, submission.MaxAttempts));
        command.Parameters.AddWithValue("$rerun", (object?)submission.RerunOf ?? DBNull.Value);
        return SqliteJobMapper.ReadAll(command)[0];
    });

    /// <summary>Runs one statement in its own <c>BEGIN IMMEDIATE</c> transaction; returns the rows changed.</summary>
    internal int Write(string sql, Action<SqliteCommand> bind) => InWriteTransaction(transaction =>
    {
        using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("$now", NowMs);
        bind(command);
        return command.ExecuteNonQuery();
    });
}
