namespace NascarDfs.Jobs;

/// <summary>
/// A store that can say cheaply whether anything changed: a value that moves whenever another connection or process commits.
/// The runner polls it while idle and before reading cancel requests, and touches the store only when it moved.
/// </summary>
internal interface IJobChangeStamp
{
    /// <summary>The current stamp; compare with the previous one (not ordered, only equal or not).</summary>
    long Read();
}
