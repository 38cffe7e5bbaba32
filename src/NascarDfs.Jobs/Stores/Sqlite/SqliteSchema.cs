using Microsoft.Data.Sqlite;

namespace NascarDfs.Jobs.Stores.Sqlite;

/// <summary>The jobs component's tables, migrated by the component itself (SPEC §9 "Schema versions").</summary>
internal static class SqliteSchema
{
    public const string Component = "jobs";

    /// <summary>The schema version this build writes.</summary>
    public const int CurrentVersion = 4;

    /// <summary>RETURNING arrived in SQLite 3.35.0.</summary>
    public static readonly Version MinimumSqliteVersion = new(3, 35, 0);

    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE jobs (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            state TEXT NOT NULL,
            priority INTEGER NOT NULL DEFAULT 0,
            config TEXT NOT NULL,
            result TEXT,
            created_at INTEGER NOT NULL,
            started_at INTEGER,
            finished_at INTEGER,
            progress INTEGER NOT NULL DEFAULT 0,
            progress_message TEXT,
            error TEXT,
            attempt INTEGER NOT NULL DEFAULT 0,
            max_attempts INTEGER NOT NULL,
            cancel_requested_at INTEGER,
            lease_owner TEXT,
            lease_host TEXT,
            lease_expires_at INTEGER,
            rerun_of TEXT
        );
        CREATE INDEX ix_jobs_queue ON jobs (state, priority DESC, seq);
        CREATE INDEX ix_jobs_owner ON jobs (lease_owner) WHERE lease_owner IS NOT NULL;
        CREATE INDEX ix_jobs_finished ON jobs (finished_at) WHERE finished_at IS NOT NULL;
        CREATE TABLE runners (
            id TEXT PRIMARY KEY,
            host TEXT NOT NULL,
            pid INTEGER NOT NULL,
            process_started_at INTEGER NOT NULL,
            concurrency INTEGER NOT NULL,
            started_at INTEGER NOT NULL,
            heartbeat_at INTEGER NOT NULL
        );
        """,
        """
        ALTER TABLE jobs ADD COLUMN ran_on TEXT;
        ALTER TABLE runners ADD COLUMN kinds TEXT NOT NULL DEFAULT '';
        """,
        "ALTER TABLE jobs ADD COLUMN warning TEXT;",
        """
        ALTER TABLE jobs ADD COLUMN prefer_gpu INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE runners ADD COLUMN gpu INTEGER NOT NULL DEFAULT 0;
        """,
    ];

    /// <summary>The recorded version of this component, or null when it has none (or the table is missing).</summary>
    public static int? ReadVersion(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'";
        if (command.ExecuteScalar() is null) return null;

        command.CommandText = "SELECT version FROM schema_version WHERE component = $c";
        command.Parameters.AddWithValue("$c", Component);
        return command.ExecuteScalar() is long version ? (int)version : null;
    }

    public static void EnsureNotNewer(string path, int? version)
    {
        if (version > CurrentVersion)
        {
            throw new JobStoreException(
                $"'{path}' was written by a newer NascarDfs (jobs schema version {version}; this version knows {CurrentVersion}). " +
                "It was left untouched: upgrade nascar-dfs to open it.");
        }
    }

    /// <summary>Brings the tables up to <see cref="CurrentVersion"/> inside one write transaction.</summary>
    public static void Migrate(SqliteConnection connection, string path)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "CREATE TABLE IF NOT EXISTS schema_version (component TEXT PRIMARY KEY, version INTEGER NOT NULL)";
        command.ExecuteNonQuery();

        var version = ReadVersion(connection, transaction) ?? 0;
        EnsureNotNewer(path, version);
        if (version == CurrentVersion)
        {
            transaction.Commit();
            return;
        }

        for (var next = version; next < CurrentVersion; next++)
        {
            command.CommandText = Migrations[next];
            command.ExecuteNonQuery();
        }

        command.CommandText = "INSERT INTO schema_version (component, version) VALUES ($c, $v) ON CONFLICT (component) DO UPDATE SET version = $v";
        command.Parameters.AddWithValue("$c", Component);
        command.Parameters.AddWithValue("$v", CurrentVersion);
        command.ExecuteNonQuery();
        transaction.Commit();
    }
}
