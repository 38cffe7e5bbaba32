namespace NascarDfs.Jobs.Handlers;

/// <summary>
/// The untyped handler the runner calls for a typed one: reads the arguments once with the kind's codec, runs the typed
/// handler, writes its result.
/// </summary>
internal sealed class TypedJobHandler<TArgs, TResult>(IJobHandler<TArgs, TResult> handler, IJobCodec<TArgs, TResult> codec) : IJobHandler
    where TArgs : IJobArgs
{
    public string Kind => TArgs.Kind;

    public async Task<string?> RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        var args = codec.ReadArgs(context.Config);
        var result = await handler.RunAsync(args, context, cancellationToken).ConfigureAwait(false);
        return result is null ? null : codec.WriteResult(result);
    }
}
