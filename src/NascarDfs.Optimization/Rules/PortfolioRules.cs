namespace NascarDfs.Optimization.Rules;

/// <summary>The rules a request switches on, in the order they shape a plan.</summary>
internal static class PortfolioRules
{
    public static IReadOnlyList<IPortfolioRule> Create(RuleContext context)
    {
        var c = context.Constraints;
        var rules = new List<IPortfolioRule>
        {
            new ExcludeRule(context),
            new LockRule(context),
            new SalaryRangeRule(context),
            new ExposureRule(context),
            new MaxRepeatingRule(context),
        };
        rules.AddRange(c.Groups.Select(g => new GroupRule(context, g)));
        rules.AddRange(c.StartRanges.Select(r => new StartRangeRule(context, r)));
        if (c.MaxOwnership is { } cap) rules.Add(new OwnershipCapRule(context, cap));
        return rules;
    }
}
