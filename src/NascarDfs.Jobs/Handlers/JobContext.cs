namespace NascarDfs.Jobs.Handlers;

/// <summary>What a handler gets to run one job.</summary>
public sealed class JobContext
{
    private readonly IProgress<JobProgress> _progress;
    private int _highest;

    /// <summary>Creates a context (the runner does; tests may too).</summary>
    public JobContext(JobRecord job, int threadBudget, IProgress<JobProgress> progress)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(progress);
        Job = job;
        ThreadBudget = Math.Max(1, threadBudget);
        _progress = progress;
    }

    /// <summary>The job as claimed.</summary>
    public JobRecord Job { get; }

    /// <summary>The job's id.</summary>
    public string JobId => Job.Id;

    /// <summary>The job's configuration JSON.</summary>
    public string Config => Job.Config;

    /// <summary>This attempt's number (1 for the first).</summary>
    public int Attempt => Job.Attempt;

    /// <summary>Threads the handler may use: max(1, cores ÷ concurrency), so the machine is not oversubscribed.</summary>
    public int ThreadBudget { get; }

    /// <summary>The warning set with <see cref="Warn"/>, stored with the result when the job completes.</summary>
    public string? Warning { get; private set; }

    /// <summary>
    /// Marks the result as short of the request (the job ends <em>completed with warnings</em>): one sentence saying why.
    /// Null or empty clears it.
    /// </summary>
    public void Warn(string? warning) => Warning = string.IsNullOrWhiteSpace(warning) ? null : warning;

    /// <summary>
    /// Reports progress (0–100, clamped) and a short message; cheap enough to call on every step. The percent never goes
    /// back within an attempt (a phase that restarts its own count, or reports from several threads out of order, hold
    /// the bar where it was; the message still changes).
    /// </summary>
    public void ReportProgress(int percent, string? message = null)
    {
        var clamped = Math.Clamp(percent, 0, 100);
        int last;
        do
        {
            last = Volatile.Read(ref _highest);
            if (clamped <= last)
            {
                clamped = last;
                break;
            }
        }
        while (Interlocked.CompareExchange(ref _highest, clamped, last) != last);
        _progress.Report(new JobProgress(clamped, message));
    }
}
