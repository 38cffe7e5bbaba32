using System.Diagnostics;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace NascarDfs.Jobs.Stores.Sqlite;

/// <summary>
/// Reads an existing database file before the store opens it for writing, and never writes it (issue 11 item 1): it must
/// be an SQLite file, not another program's database, not of a newer schema, and — for a command that writes — pass
/// <c>PRAGMA quick_check</c> within a time budget. The file is opened read-only, so a hot <c>-wal</c> is read but never
/// checkpointed into the file, and nothing of the file changes whatever the verdict.
/// </summary>
internal static class SqliteFileCheck
{
    /// <summary>The pages quick_check reads between looks at the clock.</summary>
    private const int ProgressSteps = 10_000;

    /// <summary>Throws <see cref="JobStoreException"/> with a sentence when the existing file must not be used.</summary>
    /// <param name="path">An existing, non-empty file.</param>
    /// <param name="quickCheckBudget">How long quick_check may run (it stops there and the file is taken as it is); zero skips it.</param>
    public static void Inspect(string path, TimeSpan quickCheckBudget)
    {
        SqliteDatabaseFile.EnsureSqliteHeader(path);
        try
        {
            using var connection = OpenReadOnly(path);
            var tables = UserTables(connection);
            var version = SqliteSchema.ReadVersion(connection);
            if (version is null && tables.Count > 0)
            {
                var shown = string.Join(", ", tables.Take(5)) + (tables.Count > 5 ? ", …" : "");
                throw new JobStoreException(
                    $"'{path}' is another program's SQLite database (its tables: {shown}), not a NascarDfs job database. " +
                    "It was left untouched: point --db / NASCARDFS_DB at another file.");
            }

            SqliteSchema.EnsureNotNewer(path, version);
            if (quickCheckBudget > TimeSpan.Zero)
            {
                var problems = Check(connection, "quick_check", quickCheckBudget, out _);
                if (problems.Count > 0) throw new JobStoreException(SqliteFailures.DamagedSentence(path, "integrity check: " + problems[0]));
            }
        }
        catch (SqliteException ex)
        {
            throw SqliteFailures.Refused(ex, path);
        }
    }

    /// <summary>
    /// <c>PRAGMA integrity_check</c> on the file, read-only and without a time bound (<c>nascar-dfs db check</c>): every
    /// problem found, none when the file is sound.
    /// </summary>
    public static IReadOnlyList<string> IntegrityCheck(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path)) throw new JobStoreException($"'{path}' does not exist: there is no job database to check.");
        SqliteDatabaseFile.EnsureSqliteHeader(path);
        try
        {
            using var connection = OpenReadOnly(path);
            using var registration = cancellationToken.Register(() => raw.sqlite3_interrupt(connection.Handle));
            var problems = Check(connection, "integrity_check", Timeout.InfiniteTimeSpan, out _);
            cancellationToken.ThrowIfCancellationRequested();
            return problems;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 11 or 26)
        {
            return [ex.Message];
        }
        catch (SqliteException ex)
        {
            cancellationToken.ThrowIfCancellationRequested();
            throw SqliteFailures.Refused(ex, path);
        }
    }

    /// <summary>
    /// A read-only connection of its own (no pool): it never writes the file, and a read-only connection does not checkpoint
    /// a <c>-wal</c> when it closes.
    /// </summary>
    private static SqliteConnection OpenReadOnly(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout = 5000;";
        command.ExecuteNonQuery();
        return connection;
    }

    private static List<string> UserTables(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read()) names.Add(reader.GetString(0));
        return names;
    }

    /// <summary>Runs a check pragma; stops it at <paramref name="budget"/> (then <paramref name="finished"/> is false and no problem is reported).</summary>
    private static List<string> Check(SqliteConnection connection, string pragma, TimeSpan budget, out bool finished)
    {
        var clock = Stopwatch.StartNew();
        var stopped = false;
        var bounded = budget != Timeout.InfiniteTimeSpan;
        if (bounded)
        {
            raw.sqlite3_progress_handler(connection.Handle, ProgressSteps, _ => clock.Elapsed > budget && (stopped = true) ? 1 : 0, null);
        }

        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA {pragma}";
            using var reader = command.ExecuteReader();
            var lines = new List<string>();
            while (reader.Read()) lines.Add(reader.GetString(0));
            finished = true;
            return lines is ["ok"] ? [] : lines;
        }
        catch (SqliteException ex) when (stopped && ex.SqliteErrorCode == 9)
        {
            finished = false; // SQLITE_INTERRUPT: the budget ran out; 'nascar-dfs db check' checks without one
            return [];
        }
        finally
        {
            if (bounded) raw.sqlite3_progress_handler(connection.Handle, 0, null, null);
        }
    }
}
