namespace NascarDfs.Jobs;

/// <summary>How many jobs are in each state.</summary>
public sealed record JobCounts(int Queued, int Running, int Completed, int Failed, int Cancelled)
{
    /// <summary>No jobs at all.</summary>
    public static JobCounts Empty { get; } = new(0, 0, 0, 0, 0);

    /// <summary>Queued + running: the number the app badge and the menu bar show.</summary>
    public int Active => Queued + Running;

    /// <summary>Every job.</summary>
    public int Total => Queued + Running + Completed + Failed + Cancelled;
}
