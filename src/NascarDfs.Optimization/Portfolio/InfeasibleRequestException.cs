namespace NascarDfs.Optimization.Portfolio;

/// <summary>A request no lineup can satisfy, with sentences naming the conflicting constraints.</summary>
public sealed class InfeasibleRequestException : Exception
{
    /// <summary>Creates the error from one or more conflicts.</summary>
    public InfeasibleRequestException(IReadOnlyList<string> conflicts)
        : base(conflicts.Count == 1 ? conflicts[0] : "The constraints conflict: " + string.Join(" ", conflicts))
    {
        Conflicts = conflicts;
    }

    /// <summary>Each conflict, as a sentence.</summary>
    public IReadOnlyList<string> Conflicts { get; }
}
