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
    /// Opens (creating if needed) and migrates the database. A file that is not SQLite, is another program's database, is
    /// damaged (<c>PRAGMA quick_check</c>, bounded by <see cref="JobStoreOptions.OpenCheckBudget"/>, unless
    /// <see cref="JobStoreOptions.ReadsOnly"/>), comes from a newer version or may not be written raises <see cref="JobStoreException"/>
    /// with a sentence and is left exactly as it was (<see cref="SqliteFileCheck"/>).
    /// </summary>
    public static Task<SqliteJobStore> OpenAsync(JobStoreOptions options, TimeProvider? timeProvider = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        cancellationToken.ThrowIfCancellationRequested();
        var store = new SqliteJobStore(options, timeProvider ?? TimeProvider.System);
        store.Initialize(options);
        return Task.FromResult(store);
    }

    /// <summary>
    /// <c>PRAGMA integrity_check</c> on an existing database file, read-only and without a time bound (<c>nascar-dfs db check</c>):
    /// every problem found, none when the file is sound. A file that is not SQLite raises <see cref="JobStoreException"/>.
    /// </summary>
    public static IReadOnlyList<string> CheckIntegrity(string path, CancellationToken cancellationToken = default) =>
        SqliteFileCheck.IntegrityCheck(System.IO.Path.GetFullPath(path), cancellationToken);

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

    private void Initialize(JobStoreOptions options)
    {
        if (SqliteVersion < SqliteSchema.MinimumSqliteVersion)
        {
            throw new JobStoreException($"SQLite {SqliteVersion} is too old: the job store needs {SqliteSchema.MinimumSqliteVersion} or newer.");
        }

        CreateFolder();
        var existed = new[] { Path, Path + "-wal", Path + "-shm" }.Select(File.Exists).ToArray();
        if (!SqliteDatabaseFile.IsNew(Path))
        {
            // Read-only first (issue 11 item 1): a file refused here is left exactly as it was, -wal included.
            SqliteFileCheck.Inspect(Path, options.ReadsOnly ? TimeSpan.Zero : options.OpenCheckBudget);
        }

        try
        {
            var create = new SqliteConnectionStringBuilder(_connectionString) { Mode = SqliteOpenMode.ReadWriteCreate }.ToString();
            using var connection = new SqliteConnection(create);
            connection.Open();

            // SQLite opens a file it may not write read-only without a word; a command that writes stops here instead.
            if (!options.ReadsOnly && raw.sqlite3_db_readonly(connection.Handle, "main") == 1)
            {
                throw new JobStoreException(SqliteFailures.ReadOnlySentence(Path));
            }

            using (var command = connection.CreateCommand())
            {
                command.CommandText = _pragmas + " PRAGMA journal_mode = WAL;";
                command.ExecuteNonQuery();
            }

            SqliteSchema.Migrate(connection, Path);
        }
        catch (Exception ex) when (ex is SqliteException or JobStoreException)
        {
            RemoveWhatThisOpenCreated(existed);
            if (ex is SqliteException sqlite) throw SqliteFailures.Refused(sqlite, Path);
            throw;
        }
    }

    /// <summary>The database's folder, made if missing; a path through a file or a folder that may not be written is a sentence.</summary>
    private void CreateFolder()
    {
        var folder = System.IO.Path.GetDirectoryName(Path)!;
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var blocker = folder;
            while (blocker is not null && !File.Exists(blocker) && !Directory.Exists(blocker)) blocker = System.IO.Path.GetDirectoryName(blocker);
            var why = blocker is not null && File.Exists(blocker)
                ? $"'{blocker}' is a file, not a folder"
                : $"it may not be created there ({ex.Message.TrimEnd('.')})";
            throw new JobStoreException(
                $"The job database '{Path}' cannot be made: {why}. Point --db / NASCARDFS_DB or --data-dir / NASCARDFS_HOME at a folder you can write.",
                ex);
        }
    }

    /// <summary>A database this open was creating and could not finish leaves no empty file behind (issue 11 item 7).</summary>
    private void RemoveWhatThisOpenCreated(bool[] existed)
    {
        if (existed[0]) return;
        using (var connection = new SqliteConnection(_connectionString)) SqliteConnection.ClearPool(connection);
        try
        {
            if (File.Exists(Path) && new FileInfo(Path).Length == 0) File.Delete(Path);
            if (!existed[1] && !File.Exists(Path)) File.Delete(Path + "-wal");
            if (!existed[2] && !File.Exists(Path)) File.Delete(Path + "-shm");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: the sentence about why the database could not be made matters more.
        }
    }
}
