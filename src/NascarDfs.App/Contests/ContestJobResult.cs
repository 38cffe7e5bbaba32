using NascarDfs.Jobs;

namespace NascarDfs.App.Contests;

/// <summary>A completed contest job as the Contest and Lineups pages and the API read it.</summary>
public sealed record ContestJobResult(JobRecord Job, ContestResultDocument Document);
