using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NascarDfs.Jobs.Events;
using NascarDfs.Jobs.Handlers;

namespace NascarDfs.Jobs.Runner;

/// <summary>
/// Claims queued jobs while this host runs fewer than <see cref="JobRunnerOptions.Concurrency"/>, runs their handlers,
/// renews leases, watches for cancel requests and records each outcome through a guarded transition. Stopping it is a clean
/// shutdown: it stops claiming, cancels the handlers and puts their jobs back in the queue without counting the attempt.
/// A job whose lease this runner lost (a peer took it over after the lease expired) is stopped here.
/// </summary>
public sealed partial class JobRunner : BackgroundService
{
    private readonly IJobEngineStore _store;
    private readonly JobHandlerRegistry _handlers;
    private readonly JobEvents _events;
    private readonly JobRunnerOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, RunningJob> _running = new();
    private readonly SemaphoreSlim _wake = new(0);
    private readonly string[] _kinds;
    private readonly string _kindList;
    private readonly object _startGate = new();
    private int _busySlots;
    private volatile bool _backlog;
    private bool _stopping;
    private volatile bool _stopped;

    /// <summary>Creates a runner; options are validated here.</summary>
    public JobRunner(IJobEngineStore store, JobHandlerRegistry handlers, JobEvents events, JobRunnerOptions? options = null, TimeProvider? timeProvider = null, ILogger<JobRunner>? logger = null)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _handlers = handlers ?? throw new ArgumentNullException(nameof(handlers));
        _events = events ?? throw new ArgumentNullException(nameof(events));
        _options = options ?? new JobRunnerOptions();
        _options.Validate();
        _time = timeProvider ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _kinds = [.. handlers.Kinds];
        _kindList = string.Join(", ", _kinds);
        RunnerId = RunnerIdentity.NewRunnerId(_options.HostName);
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
            new RunnerInfo(RunnerId, _options.HostName, RunnerIdentity.ProcessId, RunnerIdentity.ProcessStartedAt, _options.Concurrency, now, now) { Kinds = _kinds, Gpu = _options.Gpu },
            stoppingToken).ConfigureAwait(false);
        LogStarted(_logger, RunnerId, _options.Concurrency, _kindList, _options.Gpu ? "a GPU" : "no GPU");
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
            _stopped = true;
        }
    }

    /// <summary>
    /// Claims for every free slot in one transaction, whenever something may have changed: a wake-up in this process (a
    /// submission, a slot left empty), the store's change feed (a commit by any other connection or process), or, as a
    /// safety net, <see cref="JobRunnerOptions.PollInterval"/>. While a backlog drains, each finishing job claims its successor
    /// itself (<see cref="FinishAsync"/>), so this loop idles.
    /// </summary>
    private async Task ClaimLoopAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            // Read before claiming: a commit after this read wakes the wait below.
            var stamp = await ReadStampAsync(stoppingToken).ConfigureAwait(false);
            try
            {
                await ClaimFreeSlotsAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A busy file or an unreachable server: look again after the next signal or poll.
                LogStoreError(_logger, "claim jobs", ex);
            }

            await WaitForWorkAsync(stamp, stoppingToken).ConfigureAwait(false);
        }
    }

    /// <summary>Returns on a wake-up in this process, a change in the store, or after <see cref="JobRunnerOptions.PollInterval"/>.</summary>
    private async Task WaitForWorkAsync(long? stamp, CancellationToken stoppingToken)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var wake = _wake.WaitAsync(_options.PollInterval, cts.Token);
        if (stamp is { } s)
        {
            var change = _store.Changes.WaitForChangeAsync(s, _options.PollInterval, cts.Token);
            if (await Task.WhenAny(wake, change).ConfigureAwait(false) == change && change.IsFaulted)
            {
                // The feed is down (a busy file, a lost connection): wait for a wake-up or the poll instead.
                LogStoreError(_logger, "watch the store for changes", change.Exception!.GetBaseException());
                await Quietly(wake).ConfigureAwait(false);
            }

            await cts.CancelAsync().ConfigureAwait(false);
            await Quietly(change).ConfigureAwait(false);
        }

        await cts.CancelAsync().ConfigureAwait(false);
        await Quietly(wake).ConfigureAwait(false);
        stoppingToken.ThrowIfCancellationRequested();
    }

    /// <summary>Waits for a task whose outcome no longer matters (the loser of a race, already cancelled or reported).</summary>
    private static async Task Quietly(Task task)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Cancelled, or a failure already logged.
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
            var claimed = await _store.ClaimAsync(Claim(free), stoppingToken).ConfigureAwait(false);
            _backlog = claimed.Count == free;
            foreach (var job in claimed)
            {
                started++;
                StartSlot(job);
            }
        }
        finally
        {
            Interlocked.Add(ref _busySlots, started - free);
        }
    }

    private JobClaim Claim(int jobs) => new(RunnerId, _options.HostName, jobs, _options.Concurrency, _kinds, _options.LeaseDuration) { Gpu = _options.Gpu };

    /// <summary>The change feed's stamp, or null when it cannot be read now (then only wake-ups and the poll remain).</summary>
    private async Task<long?> ReadStampAsync(CancellationToken stoppingToken)
    {
        try
        {
            return await _store.Changes.ReadAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogStoreError(_logger, "read the store's change feed", ex);
            return null;
        }
    }

    /// <summary>Runs a claimed job on a slot already counted in <see cref="_busySlots"/>, then its successors on the same slot.</summary>
    private void StartSlot(JobSummary job) => _ = Task.Run(async () =>
    {
        var running = await AdoptAsync(job).ConfigureAwait(false);
        if (running is null)
        {
            Interlocked.Decrement(ref _busySlots);
            return;
        }

        await RunSlotAsync(running).ConfigureAwait(false);
    });

    /// <summary>Adds a claimed job to the running set, unless a shutdown began: then it goes back to the queue, attempt refunded.</summary>
    private async Task<RunningJob?> AdoptAsync(JobSummary job)
    {
        lock (_startGate)
        {
            if (!_stopping)
            {
                var running = new RunningJob(job, job.LeaseExpiresAt ?? _time.GetUtcNow() + _options.LeaseDuration);
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

    private async Task Safely(Func<Task> action, string what)
    {
        try
        {
            await action().ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
        catch (Exception ex)
        {
            LogStoreError(_logger, what, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Job runner {RunnerId} started: up to {Concurrency} job(s) at once on this host, kinds {Kinds}, {Gpu}")]
    private static partial void LogStarted(ILogger logger, string runnerId, int concurrency, string kinds, string gpu);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job runner could not {What}")]
    private static partial void LogStoreError(ILogger logger, string what, Exception exception);
}
