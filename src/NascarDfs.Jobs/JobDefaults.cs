namespace NascarDfs.Jobs;

/// <summary>The engine's defaults, all from SPEC §6 and §9.</summary>
public static class JobDefaults
{
    /// <summary>Attempts before an interrupted job fails.</summary>
    public const int MaxAttempts = 3;

    /// <summary>How long a claim lasts without renewal.</summary>
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(30);

    /// <summary>
    /// A runner is connected while its latest heartbeat is at most this old (the status counts, the Runners page, and the
    /// claim's test for a connected GPU runner).
    /// </summary>
    public static TimeSpan RunnerLiveWindow => LeaseDuration;

    /// <summary>How often a runner renews its leases.</summary>
    public static readonly TimeSpan LeaseRenewInterval = TimeSpan.FromSeconds(10);

    /// <summary>How long finished jobs are kept.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(30);

    /// <summary>How long a writer waits for the database lock.</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Progress is written to the store when it moved this many points...</summary>
    public const int ProgressWriteStep = 10;

    /// <summary>...or when this long passed since the last write.</summary>
    public static readonly TimeSpan ProgressWriteInterval = TimeSpan.FromSeconds(5);

    /// <summary>Jobs run at once per machine: the number of cores.</summary>
    public static int Concurrency => Environment.ProcessorCount;
}
