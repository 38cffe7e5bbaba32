namespace NascarDfs.Jobs;

/// <summary>One page of <see cref="JobQuery"/> results and the total that matched.</summary>
public sealed record JobPage(IReadOnlyList<JobSummary> Items, int Total);
