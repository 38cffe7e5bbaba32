namespace NascarDfs.Jobs.Handlers;

/// <summary>
/// The stored form of one job kind's arguments and result. The engine stores text and knows nothing of its schema; the
/// app owns the persisted shapes (versioned documents) and maps them to and from its types here.
/// </summary>
public interface IJobCodec<TArgs, in TResult>
{
    /// <summary>Reads stored arguments. Throws <see cref="ArgumentException"/> with a sentence when they cannot be read.</summary>
    TArgs ReadArgs(string json);

    /// <summary>The stored form of the arguments.</summary>
    string WriteArgs(TArgs args);

    /// <summary>The stored form of a result.</summary>
    string WriteResult(TResult result);
}
