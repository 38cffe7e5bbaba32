namespace NascarDfs.Jobs;

/// <summary>A runner's request for work.</summary>
/// <param name="Owner">The runner id that will hold the leases.</param>
/// <param name="Host">The runner's machine: jobs running there are counted against <paramref name="HostLimit"/>.</param>
/// <param name="MaxJobs">At most this many jobs (the runner's free slots).</param>
/// <param name="HostLimit">Claim only while fewer than this many jobs run on the host, across every process (SPEC §9).</param>
/// <param name="Kinds">Only jobs of these kinds (the handlers the runner has).</param>
/// <param name="LeaseDuration">How long the claim lasts without renewal.</param>
public sealed record JobClaim(string Owner, string Host, int MaxJobs, int HostLimit, IReadOnlyCollection<string> Kinds, TimeSpan LeaseDuration)
{
    /// <summary>
    /// The claiming runner has a GPU. A job that prefers one (<see cref="JobSubmission.PreferGpu"/>) goes to a GPU runner while
    /// one with a live heartbeat (<see cref="JobDefaults.RunnerLiveWindow"/>) that runs its kind is registered; a runner without
    /// a GPU takes it only when none is.
    /// </summary>
    public bool Gpu { get; init; }
}
