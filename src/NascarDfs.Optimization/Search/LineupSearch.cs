namespace NascarDfs.Optimization.Search;

/// <summary>
/// The exact single-lineup search: the <see cref="SearchKernel{TScore, TBound}"/> over drivers in score order, bounded by a knapsack table
/// (the best score k drivers of the remaining ones can reach within the remaining salary, ignoring every other
/// rule). The table makes the bound exact for salary-only problems, so the first lineup is found almost without
/// backtracking; rules (limits, overlap with earlier lineups) prune partial lineups as they grow.
/// Scores are fixed-point integers, so sums are exact and ties are broken identically everywhere
/// (<see cref="DriverMask.PrecedesOnTie"/>). Memory is the table (drivers × slots × budget steps), never the
/// lineups: millions of possible lineups are searched, none stored. Not thread-safe: one per portfolio.
/// </summary>
internal sealed class LineupSearch
{
    private readonly int[] _salary;
    private SearchTables? _tables;
    private (UInt128 Candidates, UInt128 Forced, int MaxSalary, long[] Scores)? _tablesKey;

    public LineupSearch(IReadOnlyList<int> salaries)
    {
        if (salaries.Count > DriverMask.MaxDrivers)
        {
            throw new ArgumentException($"Slates of more than {DriverMask.MaxDrivers} drivers are not supported.", nameof(salaries));
        }

        _salary = [.. salaries];
    }

    public int DriverCount => _salary.Length;

    /// <summary>Finds the best lineup allowed by <paramref name="plan"/> under <paramref name="scores"/> (by canonical index), or null.</summary>
    public SearchOutcome? FindBest(LineupPlan plan, long[] scores, CancellationToken cancellationToken = default)
    {
        UInt128 candidates = 0, forced = 0;
        long forcedScore = 0;
        int forcedSalary = 0, forcedCount = 0;
        for (var i = 0; i < _salary.Length; i++)
        {
            if (plan.Forced[i])
            {
                forced |= DriverMask.Bit(i);
                forcedScore += scores[i];
                forcedSalary += _salary[i];
                forcedCount++;
            }
            else if (!plan.Forbidden[i])
            {
                candidates |= DriverMask.Bit(i);
            }
        }

        var slots = plan.RosterSize - forcedCount;
        var budget = plan.MaxSalary - forcedSalary;
        if (slots < 0 || budget < 0 || DriverMask.Count(candidates) < slots) return null;

        var key = (candidates, forced, plan.MaxSalary, scores);
        if (_tables is null || _tablesKey != key)
        {
            _tables = new SearchTables(Order(candidates, scores), scores, _salary, slots, budget);
            _tablesKey = key;
        }

        var limits = plan.Limits.ToArray();
        var limitTop = limits.Select(l => l.Min is null ? null : _tables.SuffixTop(l)).ToArray();
        var kernel = new SearchKernel<long, KnapsackBound>(
            _tables.Slots, _tables.Candidates, _tables.Score, _tables.Salary, limits, limitTop, new KnapsackBound(_tables),
            plan.Previous, Math.Min(plan.MaxOverlap, plan.RosterSize - 1));
        return kernel.Run(forced, forcedScore, _tables.Budget, SearchTables.Unreachable, out var mask, out var score, cancellationToken)
            ? new SearchOutcome(mask, score, kernel.Nodes)
            : null;
    }

    // Search order: best score first (good incumbents early), then canonical index, so the walk is the same everywhere.
    private static int[] Order(UInt128 candidates, long[] scores)
    {
        var order = DriverMask.Indices(candidates).ToArray();
        Array.Sort(order, (a, b) => scores[a] != scores[b] ? scores[b].CompareTo(scores[a]) : a.CompareTo(b));
        return order;
    }
}
