namespace NascarDfs.Jobs.Events;

/// <summary>
/// One event for live views: a hint that something changed, not the new state. A view re-queries the store for what it shows
/// (events from different publishers may arrive in either order; <see cref="Sequence"/> orders them as published).
/// </summary>
/// <param name="Kind">What happened.</param>
/// <param name="JobId">The job, when it concerns one.</param>
/// <param name="Name">The job's name, when known.</param>
/// <param name="Percent">Progress 0–100, for progress events.</param>
/// <param name="Message">Progress message, error, or a completion's warning (completed with warnings).</param>
public sealed record JobEvent(JobEventKind Kind, string? JobId, string? Name, int? Percent, string? Message)
{
    /// <summary>Publication order in this process, from 1 (set by <see cref="JobEvents.Publish"/>).</summary>
    public long Sequence { get; init; }
}
