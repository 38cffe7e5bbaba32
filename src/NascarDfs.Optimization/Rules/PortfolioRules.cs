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

    /// <summary>The active constraints in a sentence fragment ("salary cap $50,000; max exposure 30%; ...").</summary>
    public static string Describe(IEnumerable<IPortfolioRule> rules, RuleContext context)
    {
        var parts = rules.Select(r => r.Describe()).OfType<string>().ToList();
        parts.Insert(0, $"salary cap {RuleContext.Money(context.Site.SalaryCap)}");
        return string.Join("; ", parts);
    }

    /// <summary>What to say when each constraint is possible alone but no lineup satisfies them together.</summary>
    public static string NoLineupMessage(IEnumerable<IPortfolioRule> rules, RuleContext context) =>
        $"No lineup satisfies every constraint together ({Describe(rules, context)}); each is possible alone, so loosen one of them.";
}
