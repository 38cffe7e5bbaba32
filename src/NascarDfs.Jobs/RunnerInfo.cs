namespace NascarDfs.Jobs;

/// <summary>A runner process registered in the store (the <c>runners</c> table).</summary>
/// <param name="Id">The runner's id, also the lease owner of the jobs it runs.</param>
/// <param name="Host">Machine name.</param>
/// <param name="ProcessId">Operating-system process id.</param>
/// <param name="ProcessStartedAt">When that process started (tells a reused process id apart).</param>
/// <param name="Concurrency">Jobs it runs at once.</param>
/// <param name="StartedAt">When it registered.</param>
/// <param name="HeartbeatAt">Its latest heartbeat.</param>
public sealed record RunnerInfo(
    string Id,
    string Host,
    int ProcessId,
    DateTimeOffset ProcessStartedAt,
    int Concurrency,
    DateTimeOffset StartedAt,
    DateTimeOffset HeartbeatAt)
{
    /// <summary>The job kinds it runs.</summary>
    public IReadOnlyList<string> Kinds { get; init; } = [];

    /// <summary>It has a CUDA or OpenCL GPU (probed once when the worker or server started).</summary>
    public bool Gpu { get; init; }
}
