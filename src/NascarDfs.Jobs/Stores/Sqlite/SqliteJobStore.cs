using Microsoft.Data.Sqlite;

namespace NascarDfs.Jobs.Stores.Sqlite;

/// <summary>
/// The job store on one SQLite file shared by every process of the machine: WAL, <c>busy_timeout</c>, one short-lived
/// (pooled) connection per operation and <c>BEGIN IMMEDIATE</c> for every write, so concurrent writers queue instead of failing.
/// </summary>
public sealed partial class SqliteJobStore : IJobStore
{
    private readonly string _connectionString;
    private readonly string _pragmas;
    private readonly TimeProvider _time;

    private SqliteJobStore(JobStoreOptions options, TimeProvider time)
    {
        Path = System.IO.Path.GetFullPath(options.Path);
        _time = time;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = true,
            DefaultTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds) + 25,
        }.ToString();
        _pragmas = $"PRAGMA busy_timeout = {(int)options.BusyTimeout.TotalMilliseconds}; PRAGMA synchronous = {(options.Durable ? "FULL" : "NORMAL")};";
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>
    /// Opens (creating if needed) and migrates the database. A file that is not SQLite, is damaged, or comes from a newer
    /// version raises <see cref="JobStoreException"/> and is left exactly as it was.
    /// </summary>
    public static Task<SqliteJobStore> OpenAsync(JobStoreOptions options, TimeProvider? timeProvider = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        cancellationToken.ThrowIfCancellationRequested();
        var store = new SqliteJobStore(options, timeProvider ?? TimeProvider.System);
        store.Initialize();
        return Task.FromResult(store);
    }

    /// <summary>The SQLite library's version (the engine needs 3.35 for RETURNING).</summary>
    public static Version SqliteVersion
    {
        get
        {
            using var connection = new SqliteConnection("Data Source=:memory:");
            connection.Open();
            return Version.Parse(connection.ServerVersion);
        }
    }

    /// <summary>Returns this store's pooled connections.</summary>
    public void Dispose()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    internal long NowMs => _time.GetUtcNow().ToUnixTimeMilliseconds();

    internal string ConnectionString => _connectionString;

    /// <summary>A new open connection with the per-connection pragmas applied.</summary>
    internal SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        command.ExecuteNonQuery();
        return connection;
    }

    private void Initialize()
    {
        if (SqliteVersion < SqliteSchema.MinimumSqliteVersion)
        {
            throw new JobStoreException($"SQLite {SqliteVersion} is too old: the job store needs {SqliteSchema.MinimumSqliteVersion} or newer.");
        }

        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        if (!SqliteDatabaseFile.IsNew(Path))
        {
            SqliteDatabaseFile.EnsureSqliteHeader(Path);
            InspectExisting();
        }

        try
        {
            var create = new SqliteConnectionStringBuilder(_connectionString) { Mode = SqliteOpenMode.ReadWriteCreate }.ToString();
            using var connection = new SqliteConnection(create);
            connection.Open();
            using (var command = connection.CreateCommand())
            {
                command.CommandText = _pragmas + " PRAGMA journal_mode = WAL;";
                command.ExecuteNonQuery();
            }

            SqliteSchema.Migrate(connection, Path);
        }
        catch (SqliteException ex)
        {
            throw Damaged(ex);
        }
    }

    /// <summary>Reads (never writes) an existing file: it must be a readable database of this or an older schema.</summary>
    private void InspectExisting()
    {
        try
        {
            var readOnly = new SqliteConnectionStringBuilder(_connectionString) { Pooling = false }.ToString();
            using var connection = new SqliteConnection(readOnly);
            connection.Open();
            using (var command = connection.CreateCommand())
            {
                command.CommandText = "PRAGMA busy_timeout = 5000; SELECT count(*) FROM sqlite_master;";
                command.ExecuteScalar();
            }

            SqliteSchema.EnsureNotNewer(Path, SqliteSchema.ReadVersion(connection));
        }
        catch (SqliteException ex)
        {
            throw Damaged(ex);
        }
    }

    private JobStoreException Damaged(SqliteException ex) => new(
        $"'{Path}' cannot be used as the job database: {ex.Message} It was left untouched: move it away, " +
        "or point --db / NASCARDFS_DB at another file.",
        ex);
}
