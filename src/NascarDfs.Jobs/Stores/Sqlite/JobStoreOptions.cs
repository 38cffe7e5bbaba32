namespace NascarDfs.Jobs.Stores.Sqlite;

/// <summary>Where and how the SQLite job store keeps its file (SPEC §6 "Storage").</summary>
public sealed class JobStoreOptions
{
    /// <summary>The database file (<c>nascar-dfs.db</c> in the data folder). Required.</summary>
    public string Path { get; set; } = "";

    /// <summary>
    /// <c>synchronous=FULL</c> instead of <c>NORMAL</c>. With NORMAL a crash never loses a committed job, but a
    /// power cut can lose the last moment of writes; FULL survives that too, at the cost of an fsync per commit.
    /// </summary>
    public bool Durable { get; set; }

    /// <summary>How long a writer waits for the lock, 0.1–60 s (default <see cref="JobDefaults.BusyTimeout"/>).</summary>
    public TimeSpan BusyTimeout { get; set; } = JobDefaults.BusyTimeout;

    /// <summary>
    /// How often a waiter on the change feed reads <c>PRAGMA data_version</c>, 5 ms – 1 s (default 20 ms: one prepared pragma on a
    /// held connection, microseconds). A job submitted by another process is picked up within about this long.
    /// </summary>
    public TimeSpan ChangePollInterval { get; set; } = TimeSpan.FromMilliseconds(20);

    /// <summary>
    /// The opener only reads (list, show, export, status): an existing file is not integrity-checked at open and may be
    /// read-only. Left false, a damaged or read-only file is refused before anything is written (issue 11 items 1, 6).
    /// </summary>
    public bool ReadsOnly { get; set; }

    /// <summary>
    /// How long <c>PRAGMA quick_check</c> may take when an existing file is opened for writing, 0–60 s (default 2 s; 0 skips
    /// it). A larger file is checked as far as this allows; <c>nascar-dfs db check</c> runs the full integrity check.
    /// </summary>
    public TimeSpan OpenCheckBudget { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Throws when an option is out of range.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Path))
        {
            throw new ArgumentException("The job database path is required.", nameof(Path));
        }

        if (BusyTimeout < TimeSpan.FromMilliseconds(100) || BusyTimeout > TimeSpan.FromSeconds(60))
        {
            throw new ArgumentOutOfRangeException(nameof(BusyTimeout), BusyTimeout, "BusyTimeout must be between 0.1 and 60 seconds.");
        }

        if (ChangePollInterval < TimeSpan.FromMilliseconds(5) || ChangePollInterval > TimeSpan.FromSeconds(1))
        {
            throw new ArgumentOutOfRangeException(nameof(ChangePollInterval), ChangePollInterval, "ChangePollInterval must be between 5 ms and 1 second.");
        }

        if (OpenCheckBudget < TimeSpan.Zero || OpenCheckBudget > TimeSpan.FromSeconds(60))
        {
            throw new ArgumentOutOfRangeException(nameof(OpenCheckBudget), OpenCheckBudget, "OpenCheckBudget must be between 0 and 60 seconds.");
        }
    }
}
