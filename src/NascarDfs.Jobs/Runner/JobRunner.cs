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
        using var subscription = _events.Subscribe(OnEvent);
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

    private async Task ClaimLoopAsync(CancellationToken stoppingToken)
    {
        // After a claim that filled every free slot more work is likely: skip the cheap read and claim straight away.
        var backlog = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            var free = _options.Concurrency - _running.Count;
            if (free > 0 && (backlog || await _store.HasQueuedAsync(_kinds, stoppingToken).ConfigureAwait(false)))
            {
                var claim = new JobClaim(RunnerId, RunnerIdentity.Host, free, _options.Concurrency, _kinds, _options.LeaseDuration);
                var claimed = await _store.ClaimAsync(claim, stoppingToken).ConfigureAwait(false);
                foreach (var job in claimed) Start(job);
                backlog = claimed.Count == free;
            }

            await _wake.WaitAsync(_options.PollInterval, stoppingToken).ConfigureAwait(false);
        }
    }

    private void Start(JobRecord job)
    {
        var running = new RunningJob(job);
        _running[job.Id] = running;
        _ = Task.Run(() => RunJobAsync(running));
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

    private async Task CancelLoopAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.CancelPollInterval, _time);
        while (await Tick(timer, stoppingToken).ConfigureAwait(false))
        {
            if (_running.IsEmpty) continue;
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
