namespace NascarDfs.Contests.Evaluation;

/// <summary>Reports on the caller's thread, in order (<see cref="Progress{T}"/> posts them to the thread pool, where a
/// late report could overwrite the final one).</summary>
internal sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
