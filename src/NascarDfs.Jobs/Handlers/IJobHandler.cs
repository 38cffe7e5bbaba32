namespace NascarDfs.Jobs.Handlers;

/// <summary>
/// Runs one kind of job on its stored config text: what the runner calls. Kinds with typed arguments implement
/// <see cref="IJobHandler{TArgs, TResult}"/> instead and are registered with their codec, which adapts them to this.
/// </summary>
public interface IJobHandler
{
    /// <summary>The kind this handler runs, as stored in the job.</summary>
    string Kind { get; }

    /// <summary>
    /// Runs the job and returns its result JSON (or null). Throwing fails the job with the exception's message;
    /// honouring <paramref name="cancellationToken"/> lets a cancel or a clean shutdown end it promptly.
    /// </summary>
    Task<string?> RunAsync(JobContext context, CancellationToken cancellationToken);
}
