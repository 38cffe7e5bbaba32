namespace NascarDfs.Jobs.Handlers;

/// <summary>
/// Runs one kind of job with typed arguments. The registry reads the stored arguments once (through the kind's
/// <see cref="IJobCodec{TArgs, TResult}"/>), calls the handler, and stores what it returns.
/// </summary>
/// <typeparam name="TArgs">The kind's arguments; its <see cref="IJobArgs.Kind"/> names the kind.</typeparam>
/// <typeparam name="TResult">What the job produces.</typeparam>
public interface IJobHandler<in TArgs, TResult>
    where TArgs : IJobArgs
{
    /// <summary>
    /// Runs the job. Throwing fails it with the exception's message; honouring <paramref name="cancellationToken"/> lets a
    /// cancel or a clean shutdown end it promptly.
    /// </summary>
    Task<TResult> RunAsync(TArgs args, JobContext context, CancellationToken cancellationToken);
}
