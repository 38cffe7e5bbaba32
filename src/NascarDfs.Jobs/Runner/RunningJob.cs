namespace NascarDfs.Jobs.Runner;

/// <summary>A job this runner is running: its token, why it might stop, how long its lease lasts, and when it is done.</summary>
internal sealed class RunningJob(JobSummary job, DateTimeOffset leaseUntil) : IDisposable
{
    private readonly CancellationTokenSource _cts = new();
    private volatile bool _cancelRequested;
    private volatile bool _shuttingDown;
    private volatile bool _leaseLost;
    private long _leaseUntilMs = leaseUntil.ToUnixTimeMilliseconds();

    public JobSummary Job { get; } = job;

    public CancellationToken Token => _cts.Token;

    public bool CancelRequested => _cancelRequested;

    public bool ShuttingDown => _shuttingDown;

    /// <summary>The store no longer lists this runner as the job's owner (a peer took it over), or the lease ran out unrenewed.</summary>
    public bool LeaseLost => _leaseLost;

    /// <summary>Until when the lease is known to hold (the claim's or the latest renewal's expiry).</summary>
    public DateTimeOffset LeaseUntil => DateTimeOffset.FromUnixTimeMilliseconds(Interlocked.Read(ref _leaseUntilMs));

    public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Renewed(DateTimeOffset until) => Interlocked.Exchange(ref _leaseUntilMs, until.ToUnixTimeMilliseconds());

    /// <summary>The user asked to cancel: the job ends <c>cancelled</c>.</summary>
    public void RequestCancel()
    {
        _cancelRequested = true;
        TryCancel();
    }

    /// <summary>The runner is stopping: the job goes back to the queue (unless a cancel was requested too).</summary>
    public void Shutdown()
    {
        _shuttingDown = true;
        TryCancel();
    }

    /// <summary>The lease is gone: stop this copy of the job; whoever holds the job now records its outcome.</summary>
    public void LoseLease()
    {
        _leaseLost = true;
        TryCancel();
    }

    public void Dispose() => _cts.Dispose();

    private void TryCancel()
    {
        try
        {
            _cts.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The job already finished.
        }
    }
}
