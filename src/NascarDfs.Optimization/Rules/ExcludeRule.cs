using NascarDfs.Optimization.Search;

namespace NascarDfs.Optimization.Rules;

/// <summary>Excluded and out drivers appear in no lineup.</summary>
internal sealed class ExcludeRule(RuleContext context) : IPortfolioRule
{
    public RuleScope Scope => RuleScope.Lineup;

    public void Check(ICollection<string> conflicts)
    {
        for (var i = 0; i < context.Drivers.Count; i++)
        {
            if (context.Locked[i] && context.Unavailable[i])
            {
                var why = context.Drivers[i].Out ? "marked out" : "excluded";
                conflicts.Add($"{context.NameOf(i)} is locked but also {why}.");
            }
        }

        var eligible = context.Eligible.Count();
        if (eligible < context.RosterSize)
        {
            conflicts.Add($"Only {eligible} drivers are available (not out or excluded), fewer than the {context.RosterSize} a lineup needs.");
        }
    }

    public void Prepare(LineupPlan plan, int lineupIndex)
    {
        for (var i = 0; i < context.Drivers.Count; i++)
        {
            if (context.Unavailable[i]) plan.Forbidden[i] = true;
        }
    }

    public void Accept(UInt128 lineup)
    {
    }

    public string? Describe()
    {
        var count = context.Unavailable.Count(u => u);
        return count == 0 ? null : $"{count} drivers out or excluded";
    }
}
