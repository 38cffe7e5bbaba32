using NascarDfs.Optimization.Search;

namespace NascarDfs.Optimization.Rules;

/// <summary>Total salary between the request's minimum and the lower of its maximum and the site's cap.</summary>
internal sealed class SalaryRangeRule(RuleContext context) : IPortfolioRule
{
    private LinearLimit? _minimum;

    private int Max => Math.Min(context.Site.SalaryCap, context.Constraints.MaxSalary ?? int.MaxValue);

    private int? Min => context.Constraints.MinSalary;

    public RuleScope Scope => RuleScope.Lineup;

    public void Check(ICollection<string> conflicts)
    {
        var capName = context.Constraints.MaxSalary is { } requested && requested < context.Site.SalaryCap
            ? $"the {RuleContext.Money(Max)} max salary" : $"the {RuleContext.Money(Max)} cap";
        if (Min is { } min && min > Max)
        {
            conflicts.Add($"The min salary {RuleContext.Money(min)} is above {capName}.");
            return;
        }

        var locked = Enumerable.Range(0, context.Drivers.Count).Where(i => context.Locked[i]).ToList();
        var lockedSalary = locked.Sum(i => (long)context.Drivers[i].Salary);
        if (lockedSalary > Max)
        {
            conflicts.Add($"Locked drivers cost {RuleContext.Money(lockedSalary)}, above {capName}.");
            return;
        }

        var open = context.RosterSize - locked.Count;
        if (open < 0) return;
        var others = context.Eligible.Where(i => !context.Locked[i]).Select(i => (long)context.Drivers[i].Salary).Order().ToList();
        if (others.Count < open) return;
        var cheapest = lockedSalary + others.Take(open).Sum();
        if (cheapest > Max)
        {
            var lockedPart = locked.Count > 0 ? $"the locked drivers ({RuleContext.Money(lockedSalary)}) and " : string.Empty;
            conflicts.Add($"The cheapest lineup, {lockedPart}the {open} cheapest available drivers, costs {RuleContext.Money(cheapest)}, above {capName}.");
        }

        var dearest = lockedSalary + others.TakeLast(open).Sum();
        if (Min is { } floor && dearest < floor)
        {
            conflicts.Add($"The most expensive possible lineup costs {RuleContext.Money(dearest)}, below the min salary {RuleContext.Money(floor)}.");
        }
    }

    public void Prepare(LineupPlan plan, int lineupIndex)
    {
        plan.MaxSalary = Max;
        if (Min is { } min && min > 0)
        {
            plan.Limits.Add(_minimum ??= new LinearLimit([.. context.Drivers.Select(d => (long)d.Salary)], min, null));
        }
    }

    public void Accept(UInt128 lineup)
    {
    }

    public string? Describe()
    {
        var parts = new List<string>();
        if (Min is { } min) parts.Add($"min salary {RuleContext.Money(min)}");
        if (context.Constraints.MaxSalary is { } max) parts.Add($"max salary {RuleContext.Money(max)}");
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }
}
