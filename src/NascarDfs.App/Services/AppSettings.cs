namespace NascarDfs.App.Services;

/// <summary>
/// The user's settings (SPEC §7): <c>settings.json</c> in the data folder, overridden by the environment
/// (<c>NASCARDFS_PORT</c>, <c>NASCARDFS_CONCURRENCY</c>, <c>NASCARDFS_RETENTION_DAYS</c>), overridden by the command's flags.
/// Read through Microsoft.Extensions.Configuration (<see cref="AppConfiguration"/>), validated at start.
/// </summary>
internal sealed class AppSettings
{
    public const int MaxConcurrency = 1024;

    /// <summary>The port <c>serve</c> listens on, 0–65535 (0: any free port). Default 5057.</summary>
    public int Port { get; set; } = Web.Extensions.ServeOptions.DefaultPort;

    /// <summary>Jobs run at once on this machine, 1–1024. Default: the number of cores.</summary>
    public int Concurrency { get; set; } = NascarDfs.Jobs.JobDefaults.Concurrency;

    /// <summary>Finished jobs older than this many days are deleted, 1–3,650 (10 years, the pruner's limit). Default 30.</summary>
    public int RetentionDays { get; set; } = (int)NascarDfs.Jobs.JobDefaults.Retention.TotalDays;

    /// <summary>The site the Slate page lists first and names first when importing: <c>draftkings</c> (default) or <c>fanduel</c>.</summary>
    public string DefaultSite { get; set; } = NascarDfs.Domain.Sites.SiteRegistry.DraftKings.Name;

    /// <summary>Desktop notifications of finished jobs (the browser's, and the OS's when no page is open). Default on.</summary>
    public bool Notifications { get; set; } = true;
}
