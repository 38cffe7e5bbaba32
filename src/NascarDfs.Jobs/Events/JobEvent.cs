namespace NascarDfs.Jobs.Events;

/// <summary>One event for live views.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="JobId">The job, when it concerns one.</param>
/// <param name="Name">The job's name, when known.</param>
/// <param name="Percent">Progress 0–100, for progress events.</param>
/// <param name="Message">Progress message or error.</param>
/// <param name="Counts">Queued/running/... counts after the change (null on progress events, which do not change them).</param>
public sealed record JobEvent(JobEventKind Kind, string? JobId, string? Name, int? Percent, string? Message, JobCounts? Counts);
