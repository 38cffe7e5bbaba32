namespace NascarDfs.Jobs;

/// <summary>What a caller hands the store to queue a job.</summary>
/// <param name="Kind">The handler kind.</param>
/// <param name="Name">The user's name for the job.</param>
/// <param name="Config">The configuration JSON the handler receives.</param>
public sealed record JobSubmission(string Kind, string Name, string Config)
{
    /// <summary>Higher runs first (SPEC §9, default 0).</summary>
    public int Priority { get; init; }

    /// <summary>Interruptions tolerated before the job fails (default <see cref="JobDefaults.MaxAttempts"/>).</summary>
    public int MaxAttempts { get; init; } = JobDefaults.MaxAttempts;

    /// <summary>The job this one re-runs, if any.</summary>
    public string? RerunOf { get; init; }

    /// <summary>
    /// Run it on a runner with a GPU while one is connected (<c>--prefer-gpu</c>); with none connected any runner takes it,
    /// so it never waits for a GPU.
    /// </summary>
    public bool PreferGpu { get; init; }
}
