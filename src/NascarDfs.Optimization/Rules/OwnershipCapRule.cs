using NascarDfs.Optimization.Search;

namespace NascarDfs.Optimization.Rules;

/// <summary>A cap on the lineup's summed projected ownership (percent points). Drivers without an ownership count 0.</summary>
internal sealed class OwnershipCapRule : IPortfolioRule
{
    // Ownership is compared in hundredths of a percent point so the search's sums stay exact integers.
    private const double Scale = 100.0;
    private readonly RuleContext _context;
    private readonly double _cap;
    private LinearLimit? _limit;

    public OwnershipCapRule(RuleContext context, double cap)
    {
        _context = context;
        _cap = cap;
        var unknown = context.Drivers.Count(d => d.Ownership is null && !d.Out);
        if (unknown > 0) context.Warnings.Add($"{unknown} drivers have no projected ownership and count as 0% under the ownership cap.");
    }

    public RuleScope Scope => RuleScope.Lineup;

    public void Check(ICollection<string> conflicts)
    {
        var locked = Enumerable.Range(0, _context.Drivers.Count).Where(i => _context.Locked[i]).Sum(i => _context.Drivers[i].Ownership ?? 0);
        if (locked > _cap)
        {
            conflicts.Add($"Locked drivers sum to {RuleContext.Percent(locked)} projected ownership, above the {RuleContext.Percent(_cap)} ownership cap.");
        }
    }

    private LinearLimit Limit => _limit ??=
        new LinearLimit([.. _context.Drivers.Select(d => (long)Math.Round((d.Ownership ?? 0) * Scale))], null, (long)Math.Floor((_cap * Scale) + 1e-6));

    public void Prepare(LineupPlan plan, int lineupIndex) => plan.Limits.Add(Limit);

    public void Accept(UInt128 lineup)
    {
    }

    public string? Describe() => $"ownership cap {RuleContext.Percent(_cap)}";
}
