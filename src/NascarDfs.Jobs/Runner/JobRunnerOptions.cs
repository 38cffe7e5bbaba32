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
    /// How often an idle runner reads the queue when nothing signalled a change, 10 ms – 10 s (default 1 s). New work is
    /// noticed through the store's change feed at once (SQLite: within its <c>ChangePollInterval</c>; PostgreSQL: a NOTIFY);
    /// this is the safety net.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How often cancel requests from other processes are looked for while jobs run, 10 ms – 1 s (default 100 ms; SPEC: the
    /// token fires within a second). The requests are read only when the change stamp moved (or a second passed).
    /// </summary>
    public TimeSpan CancelPollInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// The host this runner counts its jobs against (<see cref="Concurrency"/> is per host) and records as <c>ranOn</c>
    /// (default: the machine name). Process-id probing is used only for runners of the same host name.
    /// </summary>
    public string HostName { get; set; } = RunnerIdentity.Host;

    /// <summary>
    /// This runner's machine has a CUDA or OpenCL GPU (the worker and server probe it once at start): recorded on its
    /// runners row, it takes the jobs that prefer a GPU first (<see cref="JobClaim.Gpu"/>). Default false.
    /// </summary>
    public bool Gpu { get; set; }

    /// <summary>Longest pause between tries to record a finished job's outcome while the store refuses it (default 5 s).</summary>
    public TimeSpan OutcomeRetryMaxDelay { get; set; } = TimeSpan.FromSeconds(5);

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
        Check(!string.IsNullOrWhiteSpace(HostName) && HostName.Length <= 200, nameof(HostName), HostName, "a name of 1–200 characters");
        Check(OutcomeRetryMaxDelay >= TimeSpan.FromMilliseconds(10) && OutcomeRetryMaxDelay <= TimeSpan.FromMinutes(1), nameof(OutcomeRetryMaxDelay), OutcomeRetryMaxDelay, "10 ms – 1 min");
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
