using NascarDfs.Optimization.Search;

namespace NascarDfs.Optimization.Rules;

/// <summary>Locked drivers are in every lineup: 100% exposure, overriding the global maximum (SPEC §9).</summary>
internal sealed class LockRule(RuleContext context) : IPortfolioRule
{
    private IEnumerable<int> LockedIndices => Enumerable.Range(0, context.Drivers.Count).Where(i => context.Locked[i]);

    public RuleScope Scope => RuleScope.Lineup;

    public void Check(ICollection<string> conflicts)
    {
        var locked = LockedIndices.ToList();
        if (locked.Count > context.RosterSize)
        {
            conflicts.Add($"{locked.Count} drivers are locked ({Names(locked)}), more than the {context.RosterSize} slots of a lineup.");
        }

        foreach (var i in locked)
        {
            if (context.DriverExposure(i).Max is { } max && max < 100)
            {
                conflicts.Add($"{context.NameOf(i)} is locked (100% exposure) but has a max exposure of {RuleContext.Percent(max)}.");
            }
        }
    }

    public void Prepare(LineupPlan plan, int lineupIndex)
    {
        foreach (var i in LockedIndices) plan.Forced[i] = true;
    }

    public void Accept(UInt128 lineup)
    {
    }

    public string? Describe()
    {
        var locked = LockedIndices.ToList();
        return locked.Count == 0 ? null : $"locked: {Names(locked)}";
    }

    private string Names(IEnumerable<int> indices) => string.Join(", ", indices.Select(context.NameOf));
}
