using Microsoft.Extensions.Logging;
using NascarDfs.Jobs.Events;
using NascarDfs.Jobs.Handlers;

namespace NascarDfs.Jobs.Runner;

public sealed partial class JobRunner
{
    private enum Outcome
    {
        Completed,
        Failed,
        Cancelled,
        Requeued,
        LeaseLost,
    }

    /// <summary>Runs jobs on one slot: the claimed one, then each successor its completion claimed, until none is left.</summary>
    private async Task RunSlotAsync(RunningJob first)
    {
        RunningJob? next = first;
        try
        {
            while (next is not null) next = await RunJobAsync(next).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // An outcome that could not be recorded before the lease was lost or the store closed: its new holder, or
            // lease rescue, takes the job from here.
            LogStoreError(_logger, "record a job's outcome", ex);
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
        string? warning = null;
        try
        {
            Publish(JobEventKind.Started, job, null);

            // A claim that carried no payload (SQLite: the claim holds the file's write lock): read the config now, outside it.
            var record = job as JobRecord ?? await _store.GetAsync(job.Id, running.Token).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"Job {job.Id} disappeared from the store while running.");
            var handler = _handlers.Find(job.Kind) ?? throw new InvalidOperationException($"No handler for job kind '{job.Kind}'.");
            var context = new JobContext(record, _options.ThreadBudget, progress);
            result = await handler.RunAsync(context, running.Token).ConfigureAwait(false);
            warning = context.Warning;
        }
        catch (Exception ex)
        {
            error = ex;
        }

        try
        {
            if (!running.LeaseLost) await progress.FlushAsync().ConfigureAwait(false);
            return await FinishAsync(running, new JobOutput(result, warning), error).ConfigureAwait(false);
        }
        finally
        {
            _running.TryRemove(job.Id, out _);
            running.Dispose();
            running.Done.TrySetResult();
        }
    }

    /// <summary>
    /// Records the outcome: completed, cancelled (when the user asked), requeued (clean shutdown) or failed; nothing when the
    /// lease was lost (the job's new holder records it). A completion also claims the next job for this slot in the same write
    /// transaction (the host limit is counted there as in any claim), so a draining backlog costs one transaction per job.
    /// A write the store refuses (a busy or full disk, a lost connection) is retried with growing pauses for as long as this
    /// runner holds the lease (the renew loop keeps it while the job is in the running set), so a finished result is not lost
    /// and recomputed elsewhere.
    /// </summary>
    private async Task<RunningJob?> FinishAsync(RunningJob running, JobOutput output, Exception? error)
    {
        var job = running.Job;
        var outcome = error switch
        {
            null => Outcome.Completed,
            _ when running.CancelRequested => Outcome.Cancelled,
            _ when running.LeaseLost => Outcome.LeaseLost,
            _ when running.ShuttingDown => Outcome.Requeued,
            _ => Outcome.Failed,
        };
        if (outcome == Outcome.Failed) LogJobFailed(_logger, job.Id, job.Kind, error!);
        if (outcome == Outcome.LeaseLost) return null;

        var delay = TimeSpan.FromMilliseconds(100);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                IReadOnlyList<JobSummary> claimed = [];
                bool applied;
                if (outcome == Outcome.Completed)
                {
                    var handoff = await _store.CompleteAndClaimAsync(job.Id, RunnerId, output, NextClaim(running)).ConfigureAwait(false);
                    (applied, claimed) = (handoff.Completed, handoff.Claimed);
                }
                else
                {
                    applied = outcome switch
                    {
                        Outcome.Cancelled => await _store.CancelAsync(job.Id, JobState.Running, RunnerId).ConfigureAwait(false),
                        Outcome.Requeued => await _store.RequeueAsync(job.Id, RunnerId, countAttempt: false).ConfigureAwait(false),
                        _ => await _store.FailAsync(job.Id, RunnerId, error!.Message).ConfigureAwait(false),
                    };
                }

                if (attempt > 1) LogOutcomeRecorded(_logger, job.Id, attempt);
                if (!applied) LogLostLease(_logger, job.Id);
                else Publish(EventKind(outcome), job, outcome switch { Outcome.Failed => error!.Message, Outcome.Completed => output.Warning, _ => null });
                if (claimed.Count == 0)
                {
                    _backlog = false;
                    return null;
                }

                return await AdoptAsync(claimed[0]).ConfigureAwait(false);
            }
            catch (Exception ex) when (!running.LeaseLost && !_stopped && ex is not ObjectDisposedException)
            {
                LogOutcomeRetry(_logger, job.Id, attempt, delay.TotalSeconds, ex);
                await Task.Delay(delay, _time).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _options.OutcomeRetryMaxDelay.Ticks));
            }
        }
    }

    private static JobEventKind EventKind(Outcome outcome) => outcome switch
    {
        Outcome.Completed => JobEventKind.Completed,
        Outcome.Cancelled => JobEventKind.Cancelled,
        Outcome.Requeued => JobEventKind.Requeued,
        _ => JobEventKind.Failed,
    };

    /// <summary>The claim for the slot a finishing job frees: one job, none once the runner stops.</summary>
    private JobClaim NextClaim(RunningJob running) => Claim(running.ShuttingDown || Volatile.Read(ref _stopping) ? 0 : 1);

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

    /// <summary>A hint for live views and this runner's own listener; views re-query the store for what they show.</summary>
    private void Publish(JobEventKind kind, JobSummary job, string? message)
    {
        if (_events.HasListeners) _events.Publish(new JobEvent(kind, job.Id, job.Name, null, message));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId} was no longer held by this runner when it finished (its lease was taken over)")]
    private static partial void LogLostLease(ILogger logger, string jobId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {JobId} ({Kind}) failed")]
    private static partial void LogJobFailed(ILogger logger, string jobId, string kind, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {JobId}: could not record its outcome (try {Attempt}); trying again in {DelaySeconds} s while the lease is held")]
    private static partial void LogOutcomeRetry(ILogger logger, string jobId, int attempt, double delaySeconds, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {JobId}: outcome recorded at try {Attempt}")]
    private static partial void LogOutcomeRecorded(ILogger logger, string jobId, int attempt);
}
