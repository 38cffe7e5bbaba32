using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NascarDfs.Jobs.Events;
using NascarDfs.Jobs.Handlers;

namespace NascarDfs.Jobs.Runner;

/// <summary>
/// Claims queued jobs while this machine runs fewer than <see cref="JobRunnerOptions.Concurrency"/>, runs their handlers,
/// renews leases, watches for cancel requests and records each outcome through a guarded transition. Stopping it is a clean
/// shutdown: it stops claiming, cancels the handlers and puts their jobs back in the queue without counting the attempt.
/// </summary>
public sealed partial class JobRunner : BackgroundService
{
    private readonly IJobStore _store;
    private readonly JobHandlerRegistry _handlers;
    private readonly JobEvents _events;
    private readonly JobRunnerOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, RunningJob> _running = new();
    private readonly SemaphoreSlim _wake = new(0);
    private readonly string[] _kinds;
    private readonly IJobChangeStamp? _changes;
    private readonly object _startGate = new();
    private int _busySlots;
    private volatile bool _backlog;
    private bool _stopping;

    /// <summary>Creates a runner; options are validated here.</summary>
    public JobRunner(IJobStore store, JobHandlerRegistry handlers, JobEvents events, JobRunnerOptions? options = null, TimeProvider? timeProvider = null, ILogger<JobRunner>? logger = null)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _handlers = handlers ?? throw new ArgumentNullException(nameof(handlers));
        _events = events ?? throw new ArgumentNullException(nameof(events));
        _options = options ?? new JobRunnerOptions();
        _options.Validate();
        _time = timeProvider ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _kinds = [.. handlers.Kinds];
        _changes = store as IJobChangeStamp;
        RunnerId = RunnerIdentity.NewRunnerId();
    }

    /// <summary>This runner's id: the lease owner of the jobs it runs.</summary>
    public string RunnerId { get; }

    /// <summary>Jobs this runner is running now.</summary>
    public int RunningCount => _running.Count;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var now = _time.GetUtcNow();
        await _store.RegisterRunnerAsync(
            new RunnerInfo(RunnerId, RunnerIdentity.Host, RunnerIdentity.ProcessId, RunnerIdentity.ProcessStartedAt, _options.Concurrency, now, now),
            stoppingToken).ConfigureAwait(false);
        using var subscription = _events.SubscribeEngine(OnEvent);
        var leases = RenewLoopAsync(stoppingToken);
        var cancels = CancelLoopAsync(stoppingToken);
        try
        {
            await ClaimLoopAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Clean shutdown.
        }
        finally
        {
            await ShutdownAsync().ConfigureAwait(false);
            await Task.WhenAll(leases, cancels).ConfigureAwait(false);
            await Safely(() => _store.RemoveRunnerAsync(RunnerId), "unregister the runner").ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Claims for every free slot in one transaction, whenever something may have changed: a wake-up in this process (a
    /// submission, a slot left empty), the store's change stamp moving (a commit by any other connection or process, seen
    /// within <see cref="JobRunnerOptions.ChangePollInterval"/>), or, as a safety net, <see cref="JobRunnerOptions.PollInterval"/>.
    /// While a backlog drains, each finishing job claims its successor itself (<see cref="FinishAsync"/>), so this loop idles.
    /// </summary>
    private async Task ClaimLoopAsync(CancellationToken stoppingToken)
    {
        var stamp = ReadChangeStamp();
        var lastCheck = _time.GetTimestamp();
        var check = true;
        while (!stoppingToken.IsCancellationRequested)
        {
            if (check)
            {
                lastCheck = _time.GetTimestamp();
                try
                {
                    await ClaimFreeSlotsAsync(stoppingToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A busy or briefly unavailable file: look again at the next poll.
                    LogStoreError(_logger, "claim jobs", ex);
                }
            }

            var wait = _changes is null ? _options.PollInterval : _options.ChangePollInterval;
            if (await _wake.WaitAsync(wait, stoppingToken).ConfigureAwait(false))
            {
                check = true;
                continue;
            }

            var now = ReadChangeStamp();
            check = now is null || now != stamp || _time.GetElapsedTime(lastCheck) >= _options.PollInterval;
            stamp = now;
        }
    }

    private async Task ClaimFreeSlotsAsync(CancellationToken stoppingToken)
    {
        var free = _options.Concurrency - Volatile.Read(ref _busySlots);
        if (free <= 0) return;

        // Only this loop takes slots; finishing jobs give theirs back concurrently, so reserve before claiming.
        Interlocked.Add(ref _busySlots, free);
        var started = 0;
        try
        {
            if (!_backlog && !await _store.HasQueuedAsync(_kinds, stoppingToken).ConfigureAwait(false)) return;
            var claim = new JobClaim(RunnerId, RunnerIdentity.Host, free, _options.Concurrency, _kinds, _options.LeaseDuration);
            var claimed = await _store.ClaimAsync(claim, stoppingToken).ConfigureAwait(false);
            _backlog = claimed.Count == free;
            foreach (var job in claimed)
            {
                started++;
                await StartAsync(job).ConfigureAwait(false);
            }
        }
        finally
        {
            Interlocked.Add(ref _busySlots, started - free);
        }
    }

    /// <summary>The store's change stamp, or null when it has none (or could not be read: then treat it as changed).</summary>
    private long? ReadChangeStamp()
    {
        if (_changes is null) return null;
        try
        {
            return _changes.Read();
        }
        catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or ObjectDisposedException)
        {
            return null;
        }
    }

    /// <summary>Runs a claimed job on a slot already counted in <see cref="_busySlots"/>, then its successors on the same slot.</summary>
    private async Task StartAsync(JobRecord job)
    {
        var running = await AdoptAsync(job).ConfigureAwait(false);
        if (running is null)
        {
            Interlocked.Decrement(ref _busySlots);
            return;
        }

        _ = Task.Run(() => RunSlotAsync(running));
    }

    /// <summary>Adds a claimed job to the running set, unless a shutdown began: then it goes back to the queue, attempt refunded.</summary>
    private async Task<RunningJob?> AdoptAsync(JobRecord job)
    {
        lock (_startGate)
        {
            if (!_stopping)
            {
                var running = new RunningJob(job);
                _running[job.Id] = running;
                return running;
            }
        }

        await Safely(() => _store.RequeueAsync(job.Id, RunnerId, countAttempt: false), $"give back job {job.Id}").ConfigureAwait(false);
        return null;
    }

    private void Wake()
    {
        if (_wake.CurrentCount == 0) _wake.Release();
    }

    private void OnEvent(JobEvent jobEvent)
    {
        switch (jobEvent.Kind)
        {
            case JobEventKind.CancelRequested when jobEvent.JobId is { } id && _running.TryGetValue(id, out var running):
                running.RequestCancel();
                break;
            case JobEventKind.Queued:
                Wake();
                break;
        }
    }

    private async Task RenewLoopAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.LeaseRenewInterval, _time);
        while (await Tick(timer, stoppingToken).ConfigureAwait(false))
        {
            await Safely(() => _store.HeartbeatRunnerAsync(RunnerId), "heartbeat").ConfigureAwait(false);
            if (!_running.IsEmpty) await Safely(() => _store.RenewLeasesAsync(RunnerId, _options.LeaseDuration), "renew leases").ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Reads the cancel requests for this runner's jobs while any run, but only when the change stamp moved (a request is a
    /// commit by another connection) or a second passed; requests made in this process arrive at once as events.
    /// </summary>
    private async Task CancelLoopAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.CancelPollInterval, _time);
        long? stamp = null;
        var lastRead = _time.GetTimestamp();
        while (await Tick(timer, stoppingToken).ConfigureAwait(false))
        {
            if (_running.IsEmpty) continue;
            var now = ReadChangeStamp();
            if (now is not null && now == stamp && _time.GetElapsedTime(lastRead) < TimeSpan.FromSeconds(1)) continue;
            stamp = now;
            lastRead = _time.GetTimestamp();
            IReadOnlyList<string> ids = [];
            await Safely(async () => ids = await _store.GetCancelRequestsAsync(RunnerId).ConfigureAwait(false), "read cancel requests").ConfigureAwait(false);
            foreach (var id in ids)
            {
                if (_running.TryGetValue(id, out var running)) running.RequestCancel();
            }
        }
    }

    private static async Task<bool> Tick(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task Safely(Func<Task> action, string what)
    {
        try
        {
            await action().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            LogStoreError(_logger, what, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job runner could not {What}")]
    private static partial void LogStoreError(ILogger logger, string what, Exception exception);
}
