namespace NascarDfs.Jobs.Maintenance;

/// <summary>How <see cref="JobRescuer"/> finds interrupted jobs.</summary>
public sealed class JobRescuerOptions
{
    /// <summary>How often to look, 100 ms – 1 h (default 10 s).</summary>
    public TimeSpan Interval { get; set; } = JobDefaults.LeaseRenewInterval;

    /// <summary>A runner row whose heartbeat is older than this is removed, 1 min – 30 days (default 1 day).</summary>
    public TimeSpan StaleRunnerAge { get; set; } = TimeSpan.FromDays(1);

    /// <summary>The host this process is (the runner's <c>HostName</c>): runners of this host are probed by process id, others judged by lease and heartbeat.</summary>
    public string HostName { get; set; } = Runner.RunnerIdentity.Host;

    /// <summary>Throws when an option is out of range.</summary>
    public void Validate()
    {
        if (Interval < TimeSpan.FromMilliseconds(100) || Interval > TimeSpan.FromHours(1))
        {
            throw new ArgumentOutOfRangeException(nameof(Interval), Interval, "Interval must be between 100 ms and 1 hour.");
        }

        if (StaleRunnerAge < TimeSpan.FromMinutes(1) || StaleRunnerAge > TimeSpan.FromDays(30))
        {
            throw new ArgumentOutOfRangeException(nameof(StaleRunnerAge), StaleRunnerAge, "StaleRunnerAge must be between 1 minute and 30 days.");
        }

        if (string.IsNullOrWhiteSpace(HostName))
        {
            throw new ArgumentOutOfRangeException(nameof(HostName), HostName, "HostName must not be empty.");
        }
    }
}
