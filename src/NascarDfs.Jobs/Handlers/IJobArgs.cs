namespace NascarDfs.Jobs.Handlers;

/// <summary>
/// The arguments of one job kind. The kind is defined once, on the type (<c>OptimizeArgs.Kind =&gt; "optimize"</c>), and every
/// submitter, handler and reader takes it from there.
/// </summary>
public interface IJobArgs
{
    /// <summary>The kind stored with the job and used to find its handler.</summary>
    static abstract string Kind { get; }
}
