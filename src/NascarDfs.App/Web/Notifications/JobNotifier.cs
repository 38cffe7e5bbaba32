using System.Collections.Concurrent;
using NascarDfs.Jobs;
using NascarDfs.Jobs.Events;

namespace NascarDfs.App.Web.Notifications;

/// <summary>
/// The singleton notifier of the pages (STYLE rule 12): it listens to the engine's events once, keeps each running job's
/// live progress, hands out disposable subscriptions, and announces every completed or failed job exactly once —
/// to the pages, or through the OS when no page is connected (batched, <see cref="OsNotificationBatch"/>: 300 jobs
/// finishing never raise 300 notifications). Jobs finished by another process are found when the change watcher
/// reports a change.
/// </summary>
internal sealed class JobNotifier(JobEvents events, JobService jobs, PageConnections pages, OsNotifier os, TimeProvider time, ILogger<JobNotifier> logger)
    : IHostedService, IDisposable
{
    private readonly ConcurrentDictionary<string, LiveProgress> _progress = new();
    private readonly ConcurrentDictionary<string, byte> _announced = new();
    private readonly SemaphoreSlim _scan = new(1, 1);
    private readonly OsNotificationBatch _osBatch = new(os.Notify, time);
    private readonly Lock _gate = new();
    private Func<JobEvent, Task>[] _subscribers = [];
    private IDisposable? _subscription;
    private DateTimeOffset _since;

    /// <summary>Calls <paramref name="handler"/> for every event until the subscription is disposed (components hop with InvokeAsync).</summary>
    public IDisposable Subscribe(Func<JobEvent, Task> handler)
    {
        lock (_gate) _subscribers = [.. _subscribers, handler];
        return new Subscription(() =>
        {
            lock (_gate) _subscribers = [.. _subscribers.Where(s => s != handler)];
        });
    }

    /// <summary>The live progress of a running job, if the runner reported any.</summary>
    public LiveProgress? ProgressOf(string jobId) => _progress.GetValueOrDefault(jobId);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _since = time.GetUtcNow();
        _subscription = events.Subscribe(OnEvent);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        _osBatch.Flush();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        _osBatch.Dispose();
        _scan.Dispose();
    }

    private void OnEvent(JobEvent e)
    {
        switch (e.Kind)
        {
            case JobEventKind.Started when e.JobId is not null:
                _progress[e.JobId] = new LiveProgress(0, null);
                break;
            case JobEventKind.Progress when e.JobId is not null:
                _progress[e.JobId] = new LiveProgress(e.Percent ?? 0, e.Message);
                break;
            case JobEventKind.Completed or JobEventKind.Failed when e.JobId is not null:
                _progress.TryRemove(e.JobId, out _);
                if (!Announce(e)) return;
                break;
            case JobEventKind.Cancelled or JobEventKind.Requeued or JobEventKind.Deleted when e.JobId is not null:
                _progress.TryRemove(e.JobId, out _);
                break;
            case JobEventKind.ExternalChange:
                _ = ScanAsync();
                break;
        }

        Forward(e);
    }

    // Returns false when the job was announced already (the event then carries no news).
    private bool Announce(JobEvent e)
    {
        if (!_announced.TryAdd(e.JobId!, 0)) return false;
        if (pages.Connected == 0)
        {
            var what = JobSummary.StateTextOf(e.Kind == JobEventKind.Failed ? JobState.Failed : JobState.Completed, e.Message);
            _osBatch.Add(new OsNotificationBatch.FinishedJob(e.JobId!, e.Name ?? $"#{e.JobId}", what, e.Message));
        }

        return true;
    }

    private void Forward(JobEvent e)
    {
        foreach (var subscriber in Volatile.Read(ref _subscribers))
        {
            _ = Deliver(subscriber, e);
        }
    }

    private async Task Deliver(Func<JobEvent, Task> subscriber, JobEvent e)
    {
        try
        {
            await subscriber(e);
        }
        catch (Exception ex)
        {
            logger.LogDebug(ex, "A page failed to take a job event.");
        }
    }

    // Another process (a CLI worker, `jobs cancel`) changed the store: announce what finished there since we started.
    private async Task ScanAsync()
    {
        if (!await _scan.WaitAsync(0)) return;
        try
        {
            var page = await jobs.ListAsync(new JobQuery { Limit = 50 });
            foreach (var job in page.Items)
            {
                if (job.State is not (JobState.Completed or JobState.Failed) || job.FinishedAt < _since || _announced.ContainsKey(job.Id)) continue;
                _progress.TryRemove(job.Id, out _);
                var kind = job.State == JobState.Completed ? JobEventKind.Completed : JobEventKind.Failed;
                var e = new JobEvent(kind, job.Id, job.Name, null, kind == JobEventKind.Completed ? job.Warning : job.Error);
                if (Announce(e)) Forward(e);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not read finished jobs after an outside change.");
        }
        finally
        {
            _scan.Release();
        }
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) dispose();
        }
    }
}
