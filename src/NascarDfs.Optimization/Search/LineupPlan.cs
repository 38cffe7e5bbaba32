namespace NascarDfs.Optimization.Search;

/// <summary>
/// What one lineup of the sequence must satisfy, assembled by the rules before each search: the drivers it may
/// not use, the drivers it must use, the salary window, weighted limits and the lineups it may not resemble.
/// Driver positions are canonical indices (slate drivers sorted by ID, ordinal).
/// </summary>
internal sealed class LineupPlan
{
    public LineupPlan(int driverCount, int rosterSize, int maxSalary)
    {
        RosterSize = rosterSize;
        MaxSalary = maxSalary;
        Forbidden = new bool[driverCount];
        Forced = new bool[driverCount];
        MaxOverlap = rosterSize - 1; // never a duplicate lineup
    }

    public int RosterSize { get; }

    public int MaxSalary { get; set; }

    public bool[] Forbidden { get; }

    public bool[] Forced { get; }

    public List<LinearLimit> Limits { get; } = [];

    /// <summary>Earlier lineups as driver masks.</summary>
    public List<UInt128> Previous { get; } = [];

    /// <summary>The most drivers this lineup may share with any earlier one.</summary>
    public int MaxOverlap { get; set; }
}
