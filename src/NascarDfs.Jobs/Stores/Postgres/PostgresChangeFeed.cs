using Microsoft.Extensions.Logging;
using Npgsql;

namespace NascarDfs.Jobs.Stores.Postgres;

/// <summary>
/// <c>LISTEN</c> on one dedicated connection, opened on first use: every notification (a commit that changed <c>jobs</c>,
/// by any connection on any machine) moves the stamp and wakes the waiters. No polling: a lost connection is reopened with
/// growing pauses (logged); after a reconnect the stamp moves once, since notifications sent meanwhile were missed.
/// </summary>
internal sealed partial class PostgresChangeFeed(NpgsqlDataSource dataSource, string location, TimeProvider time, ILogger logger) : IJobChangeFeed, IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly object _startGate = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? _loop;
    private long _stamp;

    public async ValueTask<long> ReadAsync(CancellationToken cancellationToken = default)
    {
        await StartedAsync(cancellationToken).ConfigureAwait(false);
        return Interlocked.Read(ref _stamp);
    }

    public async Task<bool> WaitForChangeAsync(long stamp, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        await StartedAsync(cancellationToken).ConfigureAwait(false);
        var changed = Volatile.Read(ref _changed);
        if (Interlocked.Read(ref _stamp) != stamp) return true;
        try
        {
            await changed.Task.WaitAsync(timeout, time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
        }

        return Interlocked.Read(ref _stamp) != stamp;
    }

    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            _loop?.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The loop ends by cancellation.
        }

        _stop.Dispose();
    }

    /// <summary>Starts listening on first use and waits (a few seconds at most) until the LISTEN is in place.</summary>
    private async Task StartedAsync(CancellationToken cancellationToken)
    {
        lock (_startGate)
        {
            ObjectDisposedException.ThrowIf(_stop.IsCancellationRequested, this);
            _loop ??= Task.Run(() => ListenLoopAsync(_stop.Token), CancellationToken.None);
        }

        if (_listening.Task.IsCompleted) return;
        try
        {
            await _listening.Task.WaitAsync(TimeSpan.FromSeconds(5), time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // The server is not reachable now: waiters fall back on their own polls until it is.
        }
    }

    private async Task ListenLoopAsync(CancellationToken stop)
    {
        var failures = 0;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(stop).ConfigureAwait(false);
                connection.Notification += (_, _) => Bump();
                await using (var command = new NpgsqlCommand("SELECT 'nascardfs_jobs_' || current_schema()", connection))
                {
                    var channel = (string)(await command.ExecuteScalarAsync(stop).ConfigureAwait(false))!;
                    command.CommandText = $"LISTEN \"{channel.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
                    await command.ExecuteNonQueryAsync(stop).ConfigureAwait(false);
                }

                if (failures > 0)
                {
                    LogReconnected(logger, location);
                    Bump();
                }

                failures = 0;
                _listening.TrySetResult();
                while (true) await connection.WaitAsync(stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                failures++;
                var pause = TimeSpan.FromMilliseconds(Math.Min(10_000, 100 * (1 << Math.Min(failures, 7))));
                LogListenFailed(logger, location, pause.TotalSeconds, ex);
                Bump();
                try
                {
                    await Task.Delay(pause, time, stop).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private void Bump()
    {
        Interlocked.Increment(ref _stamp);
        Interlocked.Exchange(ref _changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the change feed of the PostgreSQL job store at {Location}; reconnecting in {PauseSeconds} s")]
    private static partial void LogListenFailed(ILogger logger, string location, double pauseSeconds, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Change feed of the PostgreSQL job store at {Location} reconnected")]
    private static partial void LogReconnected(ILogger logger, string location);
}
