namespace NascarDfs.Jobs;

/// <summary>A page of the job history, newest first unless <see cref="Sort"/> says otherwise.</summary>
public sealed record JobQuery
{
    /// <summary>Only jobs in this state.</summary>
    public JobState? State { get; init; }

    /// <summary>Only jobs whose name (or id) contains this text, case-insensitive.</summary>
    public string? Search { get; init; }

    /// <summary>Jobs to skip.</summary>
    public int Offset { get; init; }

    /// <summary>Jobs to return, 1–10,000 (default 50).</summary>
    public int Limit { get; init; } = 50;

    /// <summary>The column to order by (default: submission order); ties keep submission order, newest first.</summary>
    public JobSort Sort { get; init; } = JobSort.Created;

    /// <summary>Ascending instead of the default descending.</summary>
    public bool Ascending { get; init; }
}
