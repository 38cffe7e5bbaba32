using NascarDfs.Jobs.Events;
using NascarDfs.Jobs.Handlers;

namespace NascarDfs.Jobs.Runner;

/// <summary>
/// Progress goes to live subscribers on every report, and to the store only when it moved
/// <see cref="JobRunnerOptions.ProgressWriteStep"/> points or <see cref="JobRunnerOptions.ProgressWriteInterval"/> passed (SPEC §6),
/// one write at a time, off the handler's thread.
/// </summary>
internal sealed class ProgressThrottle(IJobEngineStore store, JobEvents events, JobSummary job, string owner, JobRunnerOptions options, TimeProvider time)
    : IProgress<JobProgress>
{
    private readonly object _gate = new();
    private int _writtenPercent;
    private DateTimeOffset _writtenAt = time.GetUtcNow();
    private Task _inFlight = Task.CompletedTask;

    public int Writes { get; private set; }

    public void Report(JobProgress value)
    {
        events.Publish(new JobEvent(JobEventKind.Progress, job.Id, job.Name, value.Percent, value.Message));
        lock (_gate)
        {
            var now = time.GetUtcNow();
            var due = Math.Abs(value.Percent - _writtenPercent) >= options.ProgressWriteStep || now - _writtenAt >= options.ProgressWriteInterval;
            if (!due || !_inFlight.IsCompleted) return;
            _writtenPercent = value.Percent;
            _writtenAt = now;
            Writes++;
            _inFlight = Task.Run(() => WriteAsync(value));
        }
    }

    /// <summary>Waits for the write in flight, so it cannot land after the job finished.</summary>
    public Task FlushAsync()
    {
        lock (_gate) return _inFlight;
    }

    private async Task WriteAsync(JobProgress value)
    {
        try
        {
            await store.ReportProgressAsync(job.Id, owner, value.Percent, value.Message).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Progress is advisory; the next report or the outcome will be written.
        }
    }
}
