using NascarDfs.Optimization.Search;

namespace NascarDfs.Optimization.Rules;

/// <summary>
/// Any two lineups share at most k drivers ("max repeating"); without k, at most roster size − 1, which is the
/// rule that no lineup is ever repeated.
/// </summary>
internal sealed class MaxRepeatingRule(RuleContext context) : IPortfolioRule
{
    private readonly List<UInt128> _accepted = [];

    private int? Limit => context.Constraints.MaxRepeating;

    public RuleScope Scope => RuleScope.Portfolio;

    public void Check(ICollection<string> conflicts)
    {
        if (Limit is not { } k) return;
        if (k < 0)
        {
            conflicts.Add($"Max repeating must be 0 or more, not {k}.");
            return;
        }

        var locked = context.Locked.Count(l => l);
        if (context.Lineups > 1 && locked > k)
        {
            conflicts.Add($"{locked} locked drivers are in every lineup, but max repeating allows only {k} shared drivers between two lineups.");
        }
    }

    public void Prepare(LineupPlan plan, int lineupIndex)
    {
        plan.Previous.AddRange(_accepted);
        plan.MaxOverlap = Math.Min(Limit ?? int.MaxValue, context.RosterSize - 1);
    }

    public void Accept(UInt128 lineup) => _accepted.Add(lineup);

    public string? Describe() => Limit is { } k ? $"max repeating {k}" : null;
}
