using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace NascarDfs.Jobs.Stores.Postgres;

/// <summary>
/// The job store on a PostgreSQL server shared by runners on several machines (SPEC §8): pooled connections, a claim that
/// locks its rows with <c>FOR UPDATE SKIP LOCKED</c> and counts the host's running jobs under a per-host advisory lock, the
/// same guarded transitions as SQLite, and change notification by <c>LISTEN</c>/<c>NOTIFY</c> (a statement trigger on
/// <c>jobs</c> notifies on every change).
/// </summary>
public sealed partial class PostgresJobStore : IJobStore
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _time;
    private readonly PostgresChangeFeed _changes;

    private PostgresJobStore(NpgsqlDataSource dataSource, string location, TimeProvider time, ILogger logger)
    {
        _dataSource = dataSource;
        Location = location;
        _time = time;
        _changes = new PostgresChangeFeed(dataSource, location, time, logger);
    }

    /// <inheritdoc />
    public string Location { get; }

    /// <inheritdoc />
    public IJobChangeFeed Changes => _changes;

    internal long NowMs => _time.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>
    /// Connects and migrates. An unreachable server, refused credentials or a newer schema raise
    /// <see cref="JobStoreException"/> with a sentence (the schema is then left untouched).
    /// </summary>
    public static async Task<PostgresJobStore> OpenAsync(
        PostgresJobStoreOptions options, TimeProvider? timeProvider = null, ILogger<PostgresJobStore>? logger = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var builder = PostgresConnectionString.Parse(options.ConnectionString);
        builder.ApplicationName ??= "nascar-dfs";

        // The claim, completion and progress statements repeat on every job: prepared once per connection, the server parses
        // and plans them once (a connection string's own Max Auto Prepare above zero wins).
        if (builder.MaxAutoPrepare == 0) builder.MaxAutoPrepare = 32;
        var location = PostgresConnectionString.Describe(builder);
        var dataSource = NpgsqlDataSource.Create(builder);
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await PostgresSchema.MigrateAsync(connection, location, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is NpgsqlException or SocketException or TimeoutException)
        {
            await dataSource.DisposeAsync().ConfigureAwait(false);
            throw Unreachable(location, ex);
        }
        catch
        {
            await dataSource.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return new PostgresJobStore(dataSource, location, timeProvider ?? TimeProvider.System, (ILogger?)logger ?? NullLogger.Instance);
    }

    /// <summary>Stops listening and closes the pool.</summary>
    public void Dispose()
    {
        _changes.Dispose();
        _dataSource.Dispose();
    }

    internal static JobStoreException Unreachable(string location, Exception ex) => new(
        $"The PostgreSQL job store at {location} cannot be used: {(ex is PostgresException pg ? pg.MessageText : ex.Message).TrimEnd('.')}. " +
        "Check that the server runs and accepts this user, and the --store / NASCARDFS_STORE setting.",
        ex);

    /// <summary>Runs <paramref name="work"/> in a read-committed transaction and commits it.</summary>
    internal async Task<T> InTransactionAsync<T>(Func<NpgsqlConnection, NpgsqlTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var result = await work(connection, transaction, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>One statement on a pooled connection (its own implicit transaction); returns the rows changed.</summary>
    internal async Task<int> WriteAsync(string sql, Action<NpgsqlCommand> bind, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("now", NowMs);
        bind(command);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    internal NpgsqlCommand Command(string sql) => _dataSource.CreateCommand(sql);
}
