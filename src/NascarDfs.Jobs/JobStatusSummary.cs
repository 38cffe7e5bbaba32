namespace NascarDfs.Jobs;

/// <summary>What <c>status</c>, <c>GET /api/status</c> and the header indicator show.</summary>
/// <param name="Counts">Jobs per state.</param>
/// <param name="Recent">The latest jobs, newest first.</param>
/// <param name="RunnersAlive">Runner processes with a fresh heartbeat.</param>
public sealed record JobStatusSummary(JobCounts Counts, IReadOnlyList<JobSummary> Recent, int RunnersAlive)
{
    /// <summary>The hosts those runners are on (the connected machines), in name order.</summary>
    public IReadOnlyList<string> RunnerHosts { get; init; } = [];
}
