using Microsoft.Extensions.Logging;
using NascarDfs.Jobs.Events;
using NascarDfs.Jobs.Handlers;

namespace NascarDfs.Jobs.Runner;

public sealed partial class JobRunner
{
    /// <summary>Runs jobs on one slot: the claimed one, then each successor its completion claimed, until none is left.</summary>
    private async Task RunSlotAsync(RunningJob first)
    {
        RunningJob? next = first;
        try
        {
            while (next is not null) next = await RunJobAsync(next).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _busySlots);
            Wake();
        }
    }

    /// <summary>Runs one job and records its outcome; returns the job claimed in the same transaction to run next, if any.</summary>
    private async Task<RunningJob?> RunJobAsync(RunningJob running)
    {
        var job = running.Job;
        var progress = new ProgressThrottle(_store, _events, job, RunnerId, _options, _time);
        Exception? error = null;
        string? result = null;
        try
        {
            await PublishAsync(JobEventKind.Started, job, null).ConfigureAwait(false);
            var handler = _handlers.Find(job.Kind) ?? throw new InvalidOperationException($"No handler for job kind '{job.Kind}'.");
            result = await handler.RunAsync(new JobContext(job, _options.ThreadBudget, progress), running.Token).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            error = ex;
        }

        try
        {
            await progress.FlushAsync().ConfigureAwait(false);
            return await FinishAsync(running, result, error).ConfigureAwait(false);
        }
        finally
        {
            _running.TryRemove(job.Id, out _);
            running.Dispose();
            running.Done.TrySetResult();
        }
    }

    /// <summary>
    /// Records the outcome: completed, cancelled (when the user asked), requeued (clean shutdown) or failed. A completion also
    /// claims the next job for this slot in the same write transaction (the host limit is counted there as in any claim), so a
    /// draining backlog costs one transaction per job.
    /// </summary>
    private async Task<RunningJob?> FinishAsync(RunningJob running, string? result, Exception? error)
    {
        var job = running.Job;
        var (kind, message) = error switch
        {
            null => (JobEventKind.Completed, (string?)null),
            _ when running.CancelRequested => (JobEventKind.Cancelled, null),
            _ when running.ShuttingDown => (JobEventKind.Requeued, null),
            _ => (JobEventKind.Failed, error.Message),
        };

        // A finished result must not be recomputed because one write met a busy file: retry before the lease runs out.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                IReadOnlyList<JobRecord> claimed = [];
                bool applied;
                if (kind == JobEventKind.Completed)
                {
                    var handoff = await _store.CompleteAndClaimAsync(job.Id, RunnerId, result, NextClaim(running)).ConfigureAwait(false);
                    (applied, claimed) = (handoff.Completed, handoff.Claimed);
                }
                else
                {
                    applied = kind switch
                    {
                        JobEventKind.Cancelled => await _store.CancelAsync(job.Id, JobState.Running, RunnerId).ConfigureAwait(false),
                        JobEventKind.Requeued => await _store.RequeueAsync(job.Id, RunnerId, countAttempt: false).ConfigureAwait(false),
                        _ => await _store.FailAsync(job.Id, RunnerId, message ?? "failed").ConfigureAwait(false),
                    };
                }

                if (!applied) LogLostLease(_logger, job.Id);
                else await PublishAsync(kind, job, message).ConfigureAwait(false);
                if (claimed.Count == 0)
                {
                    _backlog = false;
                    return null;
                }

                return await AdoptAsync(claimed[0]).ConfigureAwait(false);
            }
            catch (Exception ex) when (attempt < 5)
            {
                LogStoreError(_logger, $"record the outcome of job {job.Id} (try {attempt})", ex);
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), _time).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The claim for the slot a finishing job frees: one job, none once the runner stops.</summary>
    private JobClaim NextClaim(RunningJob running)
    {
        var take = running.ShuttingDown || Volatile.Read(ref _stopping) ? 0 : 1;
        return new JobClaim(RunnerId, RunnerIdentity.Host, take, _options.Concurrency, _kinds, _options.LeaseDuration);
    }

    private async Task ShutdownAsync()
    {
        RunningJob[] running;
        lock (_startGate)
        {
            // From here no claimed job is added: a completion that claimed a successor gives it back (AdoptAsync).
            _stopping = true;
            running = _running.Values.ToArray();
        }

        foreach (var job in running) job.Shutdown();
        var all = Task.WhenAll(running.Select(r => r.Done.Task));
        await Task.WhenAny(all, Task.Delay(_options.ShutdownTimeout, _time)).ConfigureAwait(false);

        // Handlers that ignored their token: give their jobs back anyway, so the next start runs them.
        foreach (var job in _running.Values.ToArray())
        {
            await Safely(
                () => job.CancelRequested
                    ? _store.CancelAsync(job.Job.Id, JobState.Running, RunnerId)
                    : _store.RequeueAsync(job.Job.Id, RunnerId, countAttempt: false),
                $"requeue job {job.Job.Id}").ConfigureAwait(false);
        }
    }

    private async Task PublishAsync(JobEventKind kind, JobRecord job, string? message)
    {
        if (!_events.HasListeners) return;
        if (!_events.HasSubscribers)
        {
            // Only the engine listens: it needs no counts, so no read.
            _events.Publish(new JobEvent(kind, job.Id, job.Name, null, message, null));
            return;
        }

        await Safely(
            async () => _events.Publish(new JobEvent(kind, job.Id, job.Name, null, message, await _store.CountAsync().ConfigureAwait(false))),
            "publish an event").ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId} was no longer held by this runner when it finished (its lease was taken over)")]
    private static partial void LogLostLease(ILogger logger, string jobId);
}
