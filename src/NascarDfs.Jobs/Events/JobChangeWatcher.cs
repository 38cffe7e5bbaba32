using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace NascarDfs.Jobs.Events;

/// <summary>
/// Notices changes made by other processes (SPEC §9 "Change watching") through the store's <see cref="IJobChangeFeed"/> and
/// publishes <see cref="JobEventKind.ExternalChange"/>; views re-query. At most one event per <see cref="JobChangeWatcherOptions.Interval"/>.
/// </summary>
public sealed partial class JobChangeWatcher : BackgroundService
{
    private readonly IJobChangeFeed _feed;
    private readonly JobEvents _events;
    private readonly JobChangeWatcherOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private long? _lastStamp;

    /// <summary>Creates the watcher; options are validated here.</summary>
    public JobChangeWatcher(IJobChangeFeed feed, JobEvents events, JobChangeWatcherOptions? options = null, TimeProvider? timeProvider = null, ILogger<JobChangeWatcher>? logger = null)
    {
        _feed = feed ?? throw new ArgumentNullException(nameof(feed));
        _events = events ?? throw new ArgumentNullException(nameof(events));
        _options = options ?? new JobChangeWatcherOptions();
        _options.Validate();
        _time = timeProvider ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>Looks once; returns whether the store changed since the previous look (the first look only records).</summary>
    public async Task<bool> CheckAsync(CancellationToken cancellationToken = default)
    {
        var stamp = await _feed.ReadAsync(cancellationToken).ConfigureAwait(false);
        var previous = _lastStamp;
        _lastStamp = stamp;
        if (previous is null || previous == stamp) return false;
        if (_events.HasListeners) _events.Publish(new JobEvent(JobEventKind.ExternalChange, null, null, null, null));
        return true;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (_lastStamp is null) await CheckAsync(stoppingToken).ConfigureAwait(false);
                if (await _feed.WaitForChangeAsync(_lastStamp!.Value, TimeSpan.FromSeconds(30), stoppingToken).ConfigureAwait(false))
                {
                    await CheckAsync(stoppingToken).ConfigureAwait(false);
                    await Task.Delay(_options.Interval, _time, stoppingToken).ConfigureAwait(false);
                }

                failures = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                // The store was closed first (the process is ending): nothing left to watch.
                return;
            }
            catch (Exception ex)
            {
                // A busy file or an unreachable server: look again after a pause that grows to 5 s.
                failures++;
                LogWatchFailed(_logger, ex);
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(5000, 100 * (1 << Math.Min(failures, 6)))), _time, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The change watcher could not read the store's change feed")]
    private static partial void LogWatchFailed(ILogger logger, Exception exception);
}
