namespace NascarDfs.Jobs.Maintenance;

/// <summary>How long <see cref="JobPruner"/> keeps finished jobs.</summary>
public sealed class JobPrunerOptions
{
    /// <summary>Finished jobs older than this are deleted, 1 hour – 10 years (default 30 days, SPEC §6).</summary>
    public TimeSpan Retention { get; set; } = JobDefaults.Retention;

    /// <summary>How often to prune, 1 s – 1 day (default 1 hour).</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Throws when an option is out of range.</summary>
    public void Validate()
    {
        if (Retention < TimeSpan.FromHours(1) || Retention > TimeSpan.FromDays(3650))
        {
            throw new ArgumentOutOfRangeException(nameof(Retention), Retention, "Retention must be between 1 hour and 10 years.");
        }

        if (Interval < TimeSpan.FromSeconds(1) || Interval > TimeSpan.FromDays(1))
        {
            throw new ArgumentOutOfRangeException(nameof(Interval), Interval, "Interval must be between 1 second and 1 day.");
        }
    }
}
