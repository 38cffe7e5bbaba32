namespace NascarDfs.Optimization.Search;

/// <summary>
/// What a search precomputes for one candidate set and one score vector: the search order and the knapsack bound
/// table. Consecutive lineups of a portfolio usually share both (only the earlier-lineup list grows), so
/// <see cref="LineupSearch"/> keeps the last one and rebuilds only when drivers, scores or the budget change.
/// </summary>
internal sealed class SearchTables
{
    public const long Unreachable = long.MinValue / 4;

    // The budget is split into at most this many steps; with DraftKings' and FanDuel's $100 salary steps a
    // $50,000 cap is 500 steps, exact. Coarser steps keep the bound valid (salaries are rounded down).
    private const int MaxBudgetSteps = 4000;

    private readonly Dictionary<LinearLimit, long[]> _suffixTop = new(ReferenceEqualityComparer.Instance);

    public SearchTables(int[] candidates, long[] scores, int[] salaries, int slots, int budget)
    {
        Candidates = candidates;
        Score = [.. candidates.Select(i => scores[i])];
        Salary = [.. candidates.Select(i => salaries[i])];
        Slots = slots;
        Budget = budget;
        var gcd = budget;
        foreach (var s in Salary) gcd = Gcd(gcd, s);
        StepSize = Math.Max(Math.Max(gcd, 1), (budget + MaxBudgetSteps - 1) / MaxBudgetSteps);
        BudgetSteps = budget / StepSize;
        Table = BuildTable([.. Salary.Select(s => s / StepSize)]);
    }

    /// <summary>Canonical driver indices in search order (best score first).</summary>
    public int[] Candidates { get; }

    public long[] Score { get; }

    public int[] Salary { get; }

    public int Slots { get; }

    public int Budget { get; }

    public int StepSize { get; }

    public int BudgetSteps { get; }

    /// <summary>[position, slots, steps]: the best score <c>slots</c> drivers from <c>position</c> on reach within <c>steps</c>.</summary>
    public long[] Table { get; }

    public int TableIndex(int position, int slots, int steps) => (((position * (Slots + 1)) + slots) * (BudgetSteps + 1)) + steps;

    /// <summary>[position * (slots + 1) + k]: the largest sum of k of the limit's weights from position on.</summary>
    public long[] SuffixTop(LinearLimit limit)
    {
        if (_suffixTop.TryGetValue(limit, out var cached)) return cached;
        var m = Candidates.Length;
        var top = new long[(m + 1) * (Slots + 1)];
        var suffix = new List<long>(m);
        for (var i = m - 1; i >= 0; i--)
        {
            suffix.Add(limit.Weights[Candidates[i]]);
            suffix.Sort((a, b) => b.CompareTo(a));
            long sum = 0;
            for (var k = 1; k <= Slots; k++)
            {
                if (k <= suffix.Count) sum += suffix[k - 1];
                top[(i * (Slots + 1)) + k] = sum;
            }
        }

        _suffixTop[limit] = top;
        return top;
    }

    private long[] BuildTable(int[] steps)
    {
        var m = Candidates.Length;
        var width = BudgetSteps + 1;
        var table = GC.AllocateUninitializedArray<long>((m + 1) * (Slots + 1) * width);
        Array.Fill(table, Unreachable, TableIndex(m, 0, 0), (Slots + 1) * width);
        Array.Fill(table, 0L, TableIndex(m, 0, 0), width);
        for (var i = m - 1; i >= 0; i--)
        {
            var w = steps[i];
            var s = Score[i];
            Array.Fill(table, 0L, TableIndex(i, 0, 0), width);
            for (var k = 1; k <= Slots; k++)
            {
                var skip = TableIndex(i + 1, k, 0);
                var take = TableIndex(i + 1, k - 1, 0);
                var into = TableIndex(i, k, 0);
                var copy = Math.Min(w, width);
                Array.Copy(table, skip, table, into, copy);
                for (var b = w; b < width; b++)
                {
                    var without = table[skip + b];
                    var previous = table[take + b - w];
                    var with = previous == Unreachable ? Unreachable : previous + s;
                    table[into + b] = with > without ? with : without;
                }
            }
        }

        return table;
    }

    private static int Gcd(int a, int b)
    {
        while (b != 0) (a, b) = (b, a % b);
        return Math.Abs(a);
    }
}
