namespace NascarDfs.Jobs.Events;

/// <summary>How often <see cref="JobChangeWatcher"/> looks for changes by other processes.</summary>
public sealed class JobChangeWatcherOptions
{
    /// <summary>Poll interval, 50 ms – 1 min (default 500 ms: one cheap pragma on a held connection).</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Throws when an option is out of range.</summary>
    public void Validate()
    {
        if (Interval < TimeSpan.FromMilliseconds(50) || Interval > TimeSpan.FromMinutes(1))
        {
            throw new ArgumentOutOfRangeException(nameof(Interval), Interval, "Interval must be between 50 ms and 1 minute.");
        }
    }
}
