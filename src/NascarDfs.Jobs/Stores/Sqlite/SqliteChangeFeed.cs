using Microsoft.Data.Sqlite;

namespace NascarDfs.Jobs.Stores.Sqlite;

/// <summary>
/// <c>PRAGMA data_version</c> on the store's one long-lived connection: it moves whenever any other connection (of this
/// process or another) commits. One prepared statement on a held connection: microseconds, no lock taken. SQLite cannot
/// push a change to another process, so a waiter reads it every <see cref="JobStoreOptions.ChangePollInterval"/>.
/// </summary>
internal sealed class SqliteChangeFeed(SqliteJobStore store, TimeSpan pollInterval, TimeProvider time) : IJobChangeFeed, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SqliteConnection? _connection;
    private SqliteCommand? _command;
    private bool _disposed;

    public async ValueTask<long> ReadAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_command is null)
            {
                _connection = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
                _command = _connection.CreateCommand();
                _command.CommandText = "PRAGMA data_version";
            }

            return (long)(await _command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<bool> WaitForChangeAsync(long stamp, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var started = time.GetTimestamp();
        while (true)
        {
            if (await ReadAsync(cancellationToken).ConfigureAwait(false) != stamp) return true;
            var left = timeout - time.GetElapsedTime(started);
            if (left <= TimeSpan.Zero) return false;
            await Task.Delay(left < pollInterval ? left : pollInterval, time, cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        _gate.Wait();
        try
        {
            _disposed = true;
            _command?.Dispose();
            _connection?.Dispose();
            _command = null;
            _connection = null;
        }
        finally
        {
            _gate.Release();
        }
    }
}
