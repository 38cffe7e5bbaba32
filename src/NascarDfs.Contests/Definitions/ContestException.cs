namespace NascarDfs.Contests.Definitions;

/// <summary>A contest that cannot be used: every problem as a sentence, prefixed by where it came from.</summary>
public sealed class ContestException : Exception
{
    /// <summary>Creates the error.</summary>
    public ContestException(string source, IReadOnlyList<string> problems)
        : base($"{source}: {string.Join(" ", problems)}")
    {
        Source = source;
        Problems = problems;
    }

    /// <summary>Creates the error for one problem.</summary>
    public ContestException(string source, string problem)
        : this(source, [problem])
    {
    }

    /// <summary>The file or contest name the problems are in.</summary>
    public new string Source { get; }

    /// <summary>What is wrong, one sentence each.</summary>
    public IReadOnlyList<string> Problems { get; }
}
