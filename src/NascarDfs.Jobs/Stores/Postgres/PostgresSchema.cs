using Npgsql;

namespace NascarDfs.Jobs.Stores.Postgres;

/// <summary>
/// The jobs component's tables in PostgreSQL, migrated by the component itself under an advisory lock and recorded in
/// <c>schema_version</c> (SPEC §9 "Schema versions"); a newer schema is refused. Columns and encodings match SQLite's.
/// </summary>
internal static class PostgresSchema
{
    public const string Component = "jobs";

    /// <summary>The schema version this build writes.</summary>
    public const int CurrentVersion = 4;

    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE jobs (
            seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            id text NOT NULL UNIQUE,
            kind text NOT NULL,
            name text NOT NULL,
            state text NOT NULL,
            priority integer NOT NULL DEFAULT 0,
            config text NOT NULL,
            result text,
            created_at bigint NOT NULL,
            started_at bigint,
            finished_at bigint,
            progress integer NOT NULL DEFAULT 0,
            progress_message text,
            error text,
            attempt integer NOT NULL DEFAULT 0,
            max_attempts integer NOT NULL,
            cancel_requested_at bigint,
            lease_owner text,
            lease_host text,
            lease_expires_at bigint,
            rerun_of text,
            ran_on text
        );
        CREATE INDEX ix_jobs_queue ON jobs (state, priority DESC, seq);
        CREATE INDEX ix_jobs_owner ON jobs (lease_owner) WHERE lease_owner IS NOT NULL;
        CREATE INDEX ix_jobs_host ON jobs (lease_host) WHERE state = 'running';
        CREATE INDEX ix_jobs_finished ON jobs (finished_at) WHERE finished_at IS NOT NULL;
        CREATE TABLE runners (
            id text PRIMARY KEY,
            host text NOT NULL,
            pid integer NOT NULL,
            process_started_at bigint NOT NULL,
            concurrency integer NOT NULL,
            kinds text NOT NULL DEFAULT '',
            started_at bigint NOT NULL,
            heartbeat_at bigint NOT NULL
        );
        CREATE FUNCTION nascardfs_jobs_notify() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('nascardfs_jobs_' || current_schema(), '');
            RETURN NULL;
        END
        $$;
        CREATE TRIGGER jobs_notify AFTER INSERT OR UPDATE OR DELETE ON jobs FOR EACH STATEMENT EXECUTE FUNCTION nascardfs_jobs_notify();
        """,
        "ALTER TABLE jobs ADD COLUMN warning text;",
        """
        ALTER TABLE jobs ADD COLUMN prefer_gpu boolean NOT NULL DEFAULT false;
        ALTER TABLE runners ADD COLUMN gpu boolean NOT NULL DEFAULT false;
        """,

        // The claim's scan: only queued rows, in claim order, so it stops at the first row it can lock. (On the full index a
        // draining queue's old row versions, there until vacuum, made every claim walk them all.)
        "CREATE INDEX ix_jobs_queued ON jobs (priority DESC, seq) WHERE state = 'queued';",
    ];

    /// <summary>Brings the tables up to <see cref="CurrentVersion"/> in one transaction, one migrator at a time.</summary>
    public static async Task MigrateAsync(NpgsqlConnection connection, string location, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            "SELECT pg_advisory_xact_lock(hashtextextended('nascardfs.migrate:' || current_schema(), 0))", connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        command.CommandText = "SELECT to_regclass('schema_version') IS NOT NULL";

        // Created only when missing: a role with no CREATE right on the schema (a worker's least-privilege role) opens an
        // up-to-date store without running any DDL.
        if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not true)
        {
            command.CommandText = "CREATE TABLE schema_version (component text PRIMARY KEY, version integer NOT NULL)";
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        command.CommandText = "SELECT version FROM schema_version WHERE component = @c";
        command.Parameters.AddWithValue("c", Component);
        var version = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is int v ? v : 0;
        if (version > CurrentVersion)
        {
            throw new JobStoreException(
                $"The PostgreSQL job store at {location} was written by a newer NascarDfs (jobs schema version {version}; this " +
                $"version knows {CurrentVersion}). It was left untouched: upgrade nascar-dfs on this machine to use it.");
        }

        for (var next = version; next < CurrentVersion; next++)
        {
            command.CommandText = Migrations[next];
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        if (version != CurrentVersion)
        {
            command.CommandText = "INSERT INTO schema_version (component, version) VALUES (@c, @v) ON CONFLICT (component) DO UPDATE SET version = @v";
            command.Parameters.AddWithValue("v", CurrentVersion);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}
