namespace NascarDfs.Jobs.Runner;

/// <summary>How a <see cref="JobRunner"/> claims and runs jobs. Defaults from <see cref="JobDefaults"/> (SPEC §6, §9).</summary>
public sealed class JobRunnerOptions
{
    /// <summary>Jobs run at once on this machine, counted across every process sharing the database, 1–1024 (default: cores).</summary>
    public int Concurrency { get; set; } = JobDefaults.Concurrency;

    /// <summary>How long a claim lasts without renewal, 1 s – 1 h (default 30 s).</summary>
    public TimeSpan LeaseDuration { get; set; } = JobDefaults.LeaseDuration;

    /// <summary>How often leases and the runner heartbeat are renewed; less than <see cref="LeaseDuration"/> (default 10 s).</summary>
    public TimeSpan LeaseRenewInterval { get; set; } = JobDefaults.LeaseRenewInterval;

    /// <summary>
    /// How often an idle runner reads the queue when nothing signalled a change, 10 ms – 10 s (default 1 s). With a store that
    /// has a change stamp (SQLite's <c>data_version</c>) new work is noticed within <see cref="ChangePollInterval"/> instead; this
    /// is the safety net (and the only poll for a store without one).
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How often the runner looks at the store's change stamp, 5 ms – 1 s (default 20 ms): one prepared pragma on a held
    /// connection, microseconds. A job submitted by another process is picked up within about this long.
    /// </summary>
    public TimeSpan ChangePollInterval { get; set; } = TimeSpan.FromMilliseconds(20);

    /// <summary>
    /// How often cancel requests from other processes are looked for while jobs run, 10 ms – 1 s (default 100 ms; SPEC: the
    /// token fires within a second). The requests are read only when the change stamp moved (or a second passed).
    /// </summary>
    public TimeSpan CancelPollInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>How long a clean shutdown waits for handlers to stop before requeueing them anyway, 0–5 min (default 10 s).</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Progress is written to the store when it moved this many points, 1–100 (default 10).</summary>
    public int ProgressWriteStep { get; set; } = JobDefaults.ProgressWriteStep;

    /// <summary>...or when this long passed since the last write (default 5 s).</summary>
    public TimeSpan ProgressWriteInterval { get; set; } = JobDefaults.ProgressWriteInterval;

    /// <summary>The threads each job may use: max(1, cores ÷ concurrency).</summary>
    public int ThreadBudget => Math.Max(1, Environment.ProcessorCount / Concurrency);

    /// <summary>Throws when an option is out of range.</summary>
    public void Validate()
    {
        Check(Concurrency is >= 1 and <= 1024, nameof(Concurrency), Concurrency, "1–1024");
        Check(LeaseDuration >= TimeSpan.FromSeconds(1) && LeaseDuration <= TimeSpan.FromHours(1), nameof(LeaseDuration), LeaseDuration, "1 s – 1 h");
        Check(LeaseRenewInterval > TimeSpan.Zero && LeaseRenewInterval < LeaseDuration, nameof(LeaseRenewInterval), LeaseRenewInterval, "above zero and below LeaseDuration");
        Check(PollInterval >= TimeSpan.FromMilliseconds(10) && PollInterval <= TimeSpan.FromSeconds(10), nameof(PollInterval), PollInterval, "10 ms – 10 s");
        Check(ChangePollInterval >= TimeSpan.FromMilliseconds(5) && ChangePollInterval <= TimeSpan.FromSeconds(1), nameof(ChangePollInterval), ChangePollInterval, "5 ms – 1 s");
        Check(CancelPollInterval >= TimeSpan.FromMilliseconds(10) && CancelPollInterval <= TimeSpan.FromSeconds(1), nameof(CancelPollInterval), CancelPollInterval, "10 ms – 1 s");
        Check(ShutdownTimeout >= TimeSpan.Zero && ShutdownTimeout <= TimeSpan.FromMinutes(5), nameof(ShutdownTimeout), ShutdownTimeout, "0 – 5 min");
        Check(ProgressWriteStep is >= 1 and <= 100, nameof(ProgressWriteStep), ProgressWriteStep, "1–100");
        Check(ProgressWriteInterval > TimeSpan.Zero, nameof(ProgressWriteInterval), ProgressWriteInterval, "above zero");
    }

    private static void Check(bool ok, string name, object value, string range)
    {
        if (!ok) throw new ArgumentOutOfRangeException(name, value, $"{name} must be {range}.");
    }
}
