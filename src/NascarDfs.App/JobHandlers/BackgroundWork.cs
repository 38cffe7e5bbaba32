namespace NascarDfs.App.JobHandlers;

/// <summary>Runs a job's CPU-bound work on its own thread, below the web server's priority.</summary>
internal static class BackgroundWork
{
    /// <summary>
    /// A dedicated thread, not a pool thread: a long CPU-bound job must not starve the pool the web server answers on.
    /// </summary>
    public static Task<T> Run<T>(Func<T> work, CancellationToken cancellationToken) =>
        Task.Factory.StartNew(
            () =>
            {
                _ = JobThreadPriority.LowerCurrentThread();
                return work();
            },
            cancellationToken,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
}
