namespace NascarDfs.Jobs.Runner;

/// <summary>A job this runner is running: its token, why it might stop, and when it is done.</summary>
internal sealed class RunningJob(JobRecord job) : IDisposable
{
    private readonly CancellationTokenSource _cts = new();
    private volatile bool _cancelRequested;
    private volatile bool _shuttingDown;

    public JobRecord Job { get; } = job;

    public CancellationToken Token => _cts.Token;

    public bool CancelRequested => _cancelRequested;

    public bool ShuttingDown => _shuttingDown;

    public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

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
