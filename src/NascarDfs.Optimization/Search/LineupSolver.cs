using NascarDfs.Domain.Lineups;
using NascarDfs.Domain.Slates;
using NascarDfs.Optimization.Portfolio;
using NascarDfs.Optimization.Rules;

namespace NascarDfs.Optimization.Search;

/// <summary>
/// A request compiled for callers that bring their own scores and assemble their own portfolio (one exact optimum
/// per simulated race, then a selection): the per-lineup rules (lock, exclude, salary window, groups, start ranges,
/// ownership cap) as one plan searched by <see cref="CreateSearch"/>, the portfolio rules (exposure, max repeating)
/// as <see cref="CreateLimits"/>. Drivers are indexed as in <see cref="Drivers"/> (sorted by ID, ordinal).
/// </summary>
public sealed class LineupSolver
{
    private readonly PortfolioRequest _request;
    private readonly RuleContext _context;
    private readonly LineupPlan _plan;
    private readonly int[] _salaries;

    private LineupSolver(PortfolioRequest request, RuleContext context, LineupPlan plan, IReadOnlyList<string> conflicts)
    {
        _request = request;
        _context = context;
        _plan = plan;
        _salaries = [.. context.Drivers.Select(d => d.Salary)];
        Conflicts = conflicts;
    }

    /// <summary>The slate's drivers by index: the index space of every <see cref="DriverSet"/> and score vector.</summary>
    public IReadOnlyList<Driver> Drivers => _context.Drivers;

    /// <summary>Every conflict of the whole request, as sentences; empty when a first lineup exists. The same
    /// conflicts the exact optimizer reports, including "no lineup satisfies every constraint together".</summary>
    public IReadOnlyList<string> Conflicts { get; }

    /// <summary>What the rules noticed (drivers without ownership under an ownership cap, without a start under a start range).</summary>
    public IReadOnlyList<string> Warnings => _context.Warnings;

    /// <summary>Compiles a request. Unknown driver references throw <see cref="ArgumentException"/>.</summary>
    public static LineupSolver Create(PortfolioRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var context = new RuleContext(request.Slate, request.Lineups, request.Constraints);
        var rules = PortfolioRules.Create(context);
        var conflicts = new List<string>();
        foreach (var rule in rules) rule.Check(conflicts);
        var plan = NewPlan(context);
        foreach (var rule in rules.Where(r => r.Scope == RuleScope.Lineup)) rule.Prepare(plan, 0);

        // Whether a first lineup exists does not depend on the scores: one exact search now fails the request the way
        // the exact optimizer does, before thousands of races are simulated and searched.
        if (conflicts.Count == 0)
        {
            var first = NewPlan(context);
            foreach (var rule in rules) rule.Prepare(first, 0);
            if (new LineupSearch([.. context.Drivers.Select(d => d.Salary)]).FindBest(first, new long[context.Drivers.Count]) is null)
            {
                conflicts.Add(PortfolioRules.NoLineupMessage(rules, context));
            }
        }

        return new LineupSolver(request, context, plan, conflicts);
    }

    /// <summary>A search for the best lineup of one score vector under the per-lineup rules; one per thread.</summary>
    public ScoreVectorSearch CreateSearch() => new(_salaries, _plan);

    /// <summary>Fresh portfolio limits of the request, for a selection (each selection consumes its own).</summary>
    public PortfolioLimits CreateLimits() => PortfolioLimits.Create(_request);

    /// <summary>The lineup of a driver set: IDs by salary descending then ID, salary, projected points.</summary>
    public Lineup ToLineup(DriverSet drivers) => _context.ToLineup(drivers.Bits);

    /// <summary>The driver set of slate IDs (each must be a driver of the slate).</summary>
    public DriverSet SetOf(IEnumerable<string> driverIds)
    {
        ArgumentNullException.ThrowIfNull(driverIds);
        var set = default(DriverSet);
        foreach (var id in driverIds) set = set.With(_context.IndexOf(id));
        return set;
    }

    private static LineupPlan NewPlan(RuleContext context) => new(context.Drivers.Count, context.RosterSize, context.Site.SalaryCap);
}
