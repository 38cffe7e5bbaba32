using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using NascarDfs.Jobs.Stores.Sqlite;

namespace NascarDfs.Jobs.Events;

/// <summary>
/// Notices changes made by other processes (SPEC §9 "Change watching"): the store's one long-lived connection polls
/// <c>PRAGMA data_version</c>, which moves whenever another connection commits, and publishes
/// <see cref="JobEventKind.ExternalChange"/> with fresh counts (when a view listens).
/// </summary>
public sealed class JobChangeWatcher : BackgroundService
{
    private readonly SqliteJobStore _store;
    private readonly JobEvents _events;
    private readonly JobChangeWatcherOptions _options;
    private readonly TimeProvider _time;
    private long _lastVersion = -1;

    /// <summary>Creates the watcher; options are validated here.</summary>
    public JobChangeWatcher(SqliteJobStore store, JobEvents events, JobChangeWatcherOptions? options = null, TimeProvider? timeProvider = null)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _events = events ?? throw new ArgumentNullException(nameof(events));
        _options = options ?? new JobChangeWatcherOptions();
        _options.Validate();
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Polls once; returns whether the store changed since the previous poll (the first poll only records).</summary>
    public async Task<bool> CheckAsync(CancellationToken cancellationToken = default)
    {
        var version = _store.ReadDataVersion();
        var previous = _lastVersion;
        _lastVersion = version;
        if (previous < 0 || previous == version) return false;
        if (!_events.HasListeners) return true;

        var counts = _events.HasSubscribers ? await _store.CountAsync(cancellationToken).ConfigureAwait(false) : null;
        _events.Publish(new JobEvent(JobEventKind.ExternalChange, null, null, null, null, counts));
        return true;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.Interval, _time);
        do
        {
            try
            {
                await CheckAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (SqliteException)
            {
                // A busy or briefly unavailable file: try again next tick.
            }
            catch (ObjectDisposedException)
            {
                // The store was closed first (the process is ending): nothing left to watch.
                return;
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
