using NascarDfs.Optimization.Rules;
using NascarDfs.Optimization.Search;

namespace NascarDfs.Optimization.Portfolio;

/// <summary>
/// The per-lineup part of a request's constraints, for candidate lineups built outside the sequential builder (one
/// exact optimum per simulated race): excluded and locked drivers, the salary window, groups, start ranges and
/// the ownership cap. Portfolio-level rules (exposure, max repeating) are the selector's, not the candidates'.
/// </summary>
internal sealed class CandidatePlan
{
    private CandidatePlan(RuleContext context, LineupPlan plan, IReadOnlyList<string> conflicts)
    {
        Context = context;
        Plan = plan;
        Conflicts = conflicts;
    }

    public RuleContext Context { get; }

    /// <summary>Drivers by canonical index (sorted by ID, ordinal): the index space of <see cref="Plan"/> and of masks.</summary>
    public IReadOnlyList<Domain.Slates.Driver> Drivers => Context.Drivers;

    public LineupPlan Plan { get; }

    /// <summary>Every conflict of the whole request (portfolio rules included), as sentences.</summary>
    public IReadOnlyList<string> Conflicts { get; }

    public static CandidatePlan Create(PortfolioRequest request)
    {
        var context = new RuleContext(request.Slate, request.Lineups, request.Constraints);
        var rules = PortfolioRules.Create(context);
        var conflicts = new List<string>();
        foreach (var rule in rules) rule.Check(conflicts);
        var plan = new LineupPlan(context.Drivers.Count, context.RosterSize, context.Site.SalaryCap);
        var perLineup = rules.Where(r => r is not ExposureRule and not MaxRepeatingRule).ToList();
        foreach (var rule in perLineup) rule.Prepare(plan, 0);

        // Whether any lineup exists does not depend on the scores: one exact search now fails the request before
        // thousands of races are simulated, instead of every per-race search proving the same emptiness.
        if (conflicts.Count == 0 && new LineupSearch([.. context.Drivers.Select(d => d.Salary)]).FindBest(plan, new long[context.Drivers.Count]) is null)
        {
            conflicts.Add(PortfolioRules.NoLineupMessage(perLineup, context));
        }

        return new CandidatePlan(context, plan, conflicts);
    }

    /// <summary>A search for the best lineup of one score vector (one per thread).</summary>
    public ScoreVectorSearch CreateSearch() => new([.. Context.Drivers.Select(d => d.Salary)], Plan);
}
