namespace NascarDfs.Jobs;

/// <summary>The reads both the app (<see cref="IJobHistory"/>) and the engine (<see cref="IJobEngineStore"/>) need.</summary>
public interface IJobReader
{
    /// <summary>The job with this id (accepts <c>#abc123</c>), payloads included, or null.</summary>
    Task<JobRecord?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Every registered runner, oldest first.</summary>
    Task<IReadOnlyList<RunnerInfo>> ListRunnersAsync(CancellationToken cancellationToken = default);
}
