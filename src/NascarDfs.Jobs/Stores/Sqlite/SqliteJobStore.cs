using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace NascarDfs.Jobs.Stores.Sqlite;

/// <summary>
/// The job store on one SQLite file shared by every process of the machine: WAL, <c>busy_timeout</c>, one short-lived
/// (pooled) connection per operation and <c>BEGIN IMMEDIATE</c> for every write, so concurrent writers queue instead of failing.
/// The one long-lived connection is the change feed (<see cref="SqliteChangeFeed"/>, SPEC §9 "Change watching").
/// </summary>
public sealed partial class SqliteJobStore : IJobStore
{
    /// <summary>
    /// The pragmas last applied to each physical connection. Pooled connections outlive a <see cref="SqliteConnection"/> and
    /// keep their per-connection pragmas, so they are set once per physical connection (and again only if another store on the
    /// same file, say a durable one, set different ones).
    /// </summary>
    private static readonly ConditionalWeakTable<sqlite3, string> AppliedPragmas = new();

    /// <summary>
    /// One gate per database file for this process's write transactions: in-process writers queue here (asynchronously, no
    /// thread held) instead of meeting SQLITE_BUSY and sleeping in SQLite's busy handler. Other processes still queue on the
    /// file lock (busy_timeout).
    /// </summary>
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> WriteGates = new(StringComparer.Ordinal);

    private readonly string _connectionString;
    private readonly string _pragmas;
    private readonly TimeProvider _time;
    private readonly TimeSpan _busyTimeout;
    private readonly SemaphoreSlim _writeGate;
    private readonly SqliteChangeFeed _changes;

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
        _busyTimeout = options.BusyTimeout;
        _writeGate = WriteGates.GetOrAdd(Path, _ => new SemaphoreSlim(1, 1));
        _changes = new SqliteChangeFeed(this, options.ChangePollInterval, time);
        _pragmas = $"PRAGMA busy_timeout = {(int)options.BusyTimeout.TotalMilliseconds}; PRAGMA synchronous = {(options.Durable ? "FULL" : "NORMAL")};";
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public string Location => Path;

    /// <inheritdoc />
    public IJobChangeFeed Changes => _changes;

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

    /// <summary>Closes the change-watch connection and returns this store's pooled connections.</summary>
    public void Dispose()
    {
        _changes.Dispose();
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    internal long NowMs => _time.GetUtcNow().ToUnixTimeMilliseconds();

    internal string ConnectionString => _connectionString;

    /// <summary>A new open connection with the per-connection pragmas applied (once per physical connection).</summary>
    internal SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        ApplyPragmas(connection);
        return connection;
    }

    /// <summary>
    /// <see cref="Open"/> honouring the token. Microsoft.Data.Sqlite completes its I/O synchronously (SQLite has no async
    /// API); what may wait long here (the write gate) waits asynchronously.
    /// </summary>
    internal async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        ApplyPragmas(connection);
        return connection;
    }

    /// <summary>
    /// Runs <paramref name="work"/> in a <c>BEGIN IMMEDIATE</c> transaction on a connection of its own and commits it. In-process
    /// writers take turns at the file's gate first (waiting asynchronously at most the busy timeout, then leaving it to SQLite's own).
    /// </summary>
    internal async Task<T> InWriteTransactionAsync<T>(Func<SqliteTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        var gated = await _writeGate.WaitAsync(_busyTimeout, cancellationToken).ConfigureAwait(false);
        try
        {
            // Opened inside the gate: the pool hands back the connection the previous writer just returned, whose page
            // cache is still valid (a connection that did not make the last commit must drop its cache and re-read pages).
            await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = connection.BeginTransaction(deferred: false);
            var result = await work(transaction, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }
        finally
        {
            if (gated) _writeGate.Release();
        }
    }

    private void ApplyPragmas(SqliteConnection connection)
    {
        var handle = connection.Handle!;
        if (!AppliedPragmas.TryGetValue(handle, out var applied) || applied != _pragmas)
        {
            using var command = connection.CreateCommand();
            command.CommandText = _pragmas;
            command.ExecuteNonQuery();
            AppliedPragmas.AddOrUpdate(handle, _pragmas);
        }
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
