namespace NascarDfs.Jobs;

/// <summary>What <see cref="IJobEngineStore.CompleteAndClaimAsync"/> did.</summary>
/// <param name="Completed">Whether the finished job was still held by the runner and is now <c>completed</c>.</param>
/// <param name="Claimed">The jobs claimed next (empty when none was queued or the host is at its limit).</param>
public sealed record JobHandoff(bool Completed, IReadOnlyList<JobSummary> Claimed);
