using NascarDfs.Optimization.Search;

namespace NascarDfs.Optimization.Rules;

/// <summary>
/// Minimum and maximum exposure across the portfolio (SPEC §4): a driver appears in at most floor(max% × N) and
/// at least ceil(min% × N) lineups; lineup k must include every driver whose remaining need equals the lineups
/// left. A per-driver limit overrides the global one; locked drivers are the lock rule's.
/// </summary>
internal sealed class ExposureRule : IPortfolioRule
{
    private readonly RuleContext _context;
    private readonly int[] _min;
    private readonly int[] _max;
    private readonly int[] _used;

    public ExposureRule(RuleContext context)
    {
        _context = context;
        var n = context.Drivers.Count;
        _min = new int[n];
        _max = new int[n];
        _used = new int[n];
        for (var i = 0; i < n; i++)
        {
            var (min, max) = EffectivePercents(context, i);
            _min[i] = context.MinCount(min);
            _max[i] = context.Locked[i] ? context.Lineups : context.MaxCount(max);
        }
    }

    /// <summary>
    /// A driver's min and max percent: his own limits where given, else the global ones — but a global limit never
    /// contradicts his own: an own min above the global max lifts that max for him (to 100%), an own max below the
    /// global min drops that min (to 0%).
    /// The global minimum is for drivers who can race: only an explicit minimum on an out driver is a conflict.
    /// </summary>
    public static (double Min, double Max) EffectivePercents(RuleContext context, int driver)
    {
        var own = context.DriverExposure(driver);
        var globalMin = context.Unavailable[driver] ? 0 : context.Constraints.MinExposure ?? 0;
        var globalMax = context.Constraints.MaxExposure ?? 100;
        var min = own.Min ?? (own.Max is { } ownMax && ownMax < globalMin ? 0 : globalMin);
        var max = own.Max ?? (own.Min is { } ownMin && ownMin > globalMax ? 100 : globalMax);
        return (min, max);
    }

    /// <summary>
    /// The drivers a built portfolio leaves below their minimum exposure (SPEC §4's ceil(min% × N) of the lineups requested),
    /// each as a sentence with what was asked and what was got, of the lineups requested and of those built.
    /// </summary>
    public static IReadOnlyList<string> MissedMinimums(RuleContext context, IReadOnlyList<NascarDfs.Domain.Lineups.Lineup> lineups)
    {
        var counts = lineups.SelectMany(l => l.DriverIds).GroupBy(id => id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var missed = new List<string>();
        for (var i = 0; i < context.Drivers.Count; i++)
        {
            if (context.Locked[i] || context.Unavailable[i]) continue;
            var (min, _) = EffectivePercents(context, i);
            var need = context.MinCount(min);
            var got = counts.GetValueOrDefault(context.Drivers[i].Id);
            if (need == 0 || got >= need) continue;
            var ofBuilt = lineups.Count == 0 ? 0 : 100.0 * got / lineups.Count;
            missed.Add($"{context.NameOf(i)} missed the min exposure of {RuleContext.Percent(min)} ({need} of {context.Lineups} lineups): " +
                $"in {got}, {RuleContext.Percent(Math.Round(100.0 * got / context.Lineups, 1))} of requested, {RuleContext.Percent(Math.Round(ofBuilt, 1))} of the {lineups.Count} built.");
        }

        return missed;
    }

    public RuleScope Scope => RuleScope.Portfolio;

    public void Check(ICollection<string> conflicts)
    {
        var n = _context.Lineups;
        var available = Enumerable.Range(0, _max.Length).Count(i => !_context.Unavailable[i]);
        var usable = Enumerable.Range(0, _max.Length).Count(i => !_context.Unavailable[i] && (_context.Locked[i] || _max[i] >= 1));

        // Too few drivers at all is the availability rule's conflict; here only the ones exposure limits take away count.
        if (usable < _context.RosterSize && available >= _context.RosterSize)
        {
            var global = _context.Constraints.MaxExposure is { } g && _context.MaxCount(g) == 0
                ? $"a max exposure of {RuleContext.Percent(g)} of {n} lineups rounds down to 0 lineups, so "
                : string.Empty;
            conflicts.Add($"Only {usable} drivers may appear at all ({global}exposure limits leave fewer than the {_context.RosterSize} a lineup needs).");
        }

        for (var i = 0; i < _min.Length; i++)
        {
            if (_context.Locked[i] || _min[i] == 0) continue;
            if (_min[i] > _max[i])
            {
                conflicts.Add($"{_context.NameOf(i)} needs at least {_min[i]} of {n} lineups (min exposure) but may appear in at most {_max[i]} (max exposure).");
            }

            if (_context.Unavailable[i])
            {
                conflicts.Add($"{_context.NameOf(i)} has a min exposure but is out or excluded.");
            }
        }

        var always = Enumerable.Range(0, _min.Length).Where(i => !_context.Locked[i] && _min[i] >= n).ToList();
        var locked = _context.Locked.Count(l => l);
        if (always.Count > 0 && always.Count + locked > _context.RosterSize)
        {
            var lockedPart = locked > 0 ? $" and {locked} more are locked" : string.Empty;
            conflicts.Add($"{always.Count} drivers need 100% exposure{lockedPart}: {always.Count + locked} drivers for {_context.RosterSize} slots.");
        }

        var needed = Enumerable.Range(0, _min.Length).Where(i => !_context.Locked[i]).Sum(i => (long)_min[i]) + ((long)locked * n);
        if (needed > (long)_context.RosterSize * n)
        {
            conflicts.Add($"Minimum exposures need {needed} driver slots, but {n} lineups have only {_context.RosterSize * n}.");
        }
    }

    public void Prepare(LineupPlan plan, int lineupIndex)
    {
        var left = _context.Lineups - lineupIndex;
        for (var i = 0; i < _min.Length; i++)
        {
            if (_context.Locked[i]) continue;
            if (_used[i] >= _max[i]) plan.Forbidden[i] = true;
            else if (_min[i] - _used[i] >= left) plan.Forced[i] = true;
        }
    }

    public void Accept(UInt128 lineup)
    {
        foreach (var i in DriverMask.Indices(lineup)) _used[i]++;
    }

    public string? Describe()
    {
        var c = _context.Constraints;
        var parts = new List<string>();
        if (c.MinExposure is { } min) parts.Add($"min exposure {RuleContext.Percent(min)}");
        if (c.MaxExposure is { } max) parts.Add($"max exposure {RuleContext.Percent(max)}");
        var own = Enumerable.Range(0, _min.Length).Count(i => _context.DriverExposure(i) is { Min: not null } or { Max: not null });
        if (own > 0) parts.Add($"{own} per-driver exposure limits");
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }
}
