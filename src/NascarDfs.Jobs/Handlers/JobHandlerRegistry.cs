namespace NascarDfs.Jobs.Handlers;

/// <summary>The job kinds a process can run, by kind name.</summary>
public sealed class JobHandlerRegistry
{
    private readonly Dictionary<string, IJobHandler> _handlers = new(StringComparer.Ordinal);

    /// <summary>The registered kinds.</summary>
    public IReadOnlyCollection<string> Kinds => _handlers.Keys;

    /// <summary>Registers a handler; a kind may be registered once.</summary>
    public JobHandlerRegistry Add(IJobHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        if (string.IsNullOrWhiteSpace(handler.Kind)) throw new ArgumentException("A handler needs a kind.", nameof(handler));
        if (!_handlers.TryAdd(handler.Kind, handler))
        {
            throw new InvalidOperationException($"A handler for job kind '{handler.Kind}' is already registered.");
        }

        return this;
    }

    /// <summary>
    /// Registers a typed handler: its kind is <typeparamref name="TArgs"/>'s, and the registry reads each job's arguments
    /// once with <paramref name="codec"/> before calling it.
    /// </summary>
    public JobHandlerRegistry Add<TArgs, TResult>(IJobHandler<TArgs, TResult> handler, IJobCodec<TArgs, TResult> codec)
        where TArgs : IJobArgs
    {
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(codec);
        return Add(new TypedJobHandler<TArgs, TResult>(handler, codec));
    }

    /// <summary>Whether the kind has a handler.</summary>
    public bool Contains(string kind) => _handlers.ContainsKey(kind);

    /// <summary>The handler for a kind, or null.</summary>
    public IJobHandler? Find(string kind) => _handlers.GetValueOrDefault(kind);
}
