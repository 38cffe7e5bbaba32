using NascarDfs.Optimization.Portfolio;
using NascarDfs.Optimization.Search;

namespace NascarDfs.Simulation.Portfolios;

/// <summary>
/// The portfolio-level rules the candidates cannot carry (SPEC §4): max exposure floor(max% × N), min exposure
/// ceil(min% × N) (a driver whose remaining need equals the lineups left must be in the next one), max repeating,
/// no duplicates. Counted the way the exact optimizer counts them; locks are already in every candidate.
/// </summary>
internal sealed class SelectionLimits
{
    private readonly int[] _min;
    private readonly int[] _max;
    private readonly int[] _used;
    private readonly List<UInt128> _chosen = [];
    private readonly HashSet<UInt128> _chosenSet = [];

    public SelectionLimits(int drivers, int lineups, int[] min, int[] max, int maxOverlap)
    {
        Lineups = lineups;
        _min = min;
        _max = max;
        _used = new int[drivers];
        MaxOverlap = maxOverlap;
    }

    public int Lineups { get; }

    public int MaxOverlap { get; }

    public int Chosen => _chosen.Count;

    public static SelectionLimits FromPlan(CandidatePlan plan, PortfolioRequest request)
    {
        var context = plan.Context;
        var n = context.Drivers.Count;
        var min = new int[n];
        var max = new int[n];
        for (var i = 0; i < n; i++)
        {
            var own = context.DriverExposure(i);
            min[i] = context.Locked[i] ? 0 : context.MinCount(own.Min ?? (context.Unavailable[i] ? 0 : context.Constraints.MinExposure ?? 0));
            max[i] = context.Locked[i] ? context.Lineups : context.MaxCount(own.Max ?? context.Constraints.MaxExposure ?? 100);
        }

        var overlap = Math.Min(request.Constraints.MaxRepeating ?? int.MaxValue, context.RosterSize - 1);
        return new SelectionLimits(n, request.Lineups, min, max, overlap);
    }

    /// <summary>Drivers the next lineup must include (their minimum needs every lineup left).</summary>
    public UInt128 Required()
    {
        var left = Lineups - _chosen.Count;
        UInt128 mask = 0;
        for (var i = 0; i < _min.Length; i++)
        {
            if (_min[i] - _used[i] >= left && _min[i] > _used[i]) mask |= DriverMask.Bit(i);
        }

        return mask;
    }

    /// <summary>Whether the candidate breaks a limit that can only get tighter (so it can be dropped for good).</summary>
    public bool Blocked(UInt128 mask)
    {
        if (_chosenSet.Contains(mask)) return true;
        foreach (var i in DriverMask.Indices(mask))
        {
            if (_used[i] >= _max[i]) return true;
        }

        foreach (var previous in _chosen)
        {
            if (DriverMask.Count(previous & mask) > MaxOverlap) return true;
        }

        return false;
    }

    public void Accept(UInt128 mask)
    {
        _chosen.Add(mask);
        _chosenSet.Add(mask);
        foreach (var i in DriverMask.Indices(mask)) _used[i]++;
    }
}
