namespace NascarDfs.Jobs;

/// <summary>The columns a <see cref="JobQuery"/> can order by: a fixed list, so nothing a user types reaches SQL.</summary>
public enum JobSort
{
    /// <summary>Submission order (the default, newest first).</summary>
    Created,

    /// <summary>Name, ignoring case.</summary>
    Name,

    /// <summary>Lifecycle order: queued, running, completed, failed, cancelled.</summary>
    State,

    /// <summary>Time run so far (never-started jobs have none and come first ascending).</summary>
    Duration,

    /// <summary>Reported progress, percent.</summary>
    Progress,
}
