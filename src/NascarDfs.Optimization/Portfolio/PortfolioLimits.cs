using NascarDfs.Optimization.Rules;
using NascarDfs.Optimization.Search;

namespace NascarDfs.Optimization.Portfolio;

/// <summary>
/// Every constraint of a request, enforced on complete lineups chosen one at a time: what a selector that builds a
/// portfolio from ready-made candidates (the simulation objectives, a contest's expected payout) checks before it
/// takes one. The rules are the exact optimizer's own, so both resolve limits once and the same way: a driver appears
/// in at most floor(max% × N) and at least ceil(min% × N) lineups, his own limit overrides the global one and is
/// never contradicted by it, locks are 100%, two lineups share at most max-repeating drivers and never all of them.
/// Per step: drop a candidate for good while <see cref="Blocked"/>, take one that also holds <see cref="Required"/>
/// (drivers whose min exposure needs every lineup left), then <see cref="Accept"/> it. Drivers are
/// <see cref="DriverSet"/>s over <see cref="LineupSolver.Drivers"/>. Not thread-safe: one per portfolio.
/// </summary>
public sealed class PortfolioLimits
{
    private readonly RuleContext _context;
    private readonly IReadOnlyList<IPortfolioRule> _rules;
    private readonly int[] _salary;
    private readonly LineupSearch _search;
    private Step? _next;

    private PortfolioLimits(PortfolioRequest request)
    {
        _context = new RuleContext(request.Slate, request.Lineups, request.Constraints);
        _rules = PortfolioRules.Create(_context);
        _salary = [.. _context.Drivers.Select(d => d.Salary)];
        _search = new LineupSearch(_salary);
    }

    /// <summary>N: the lineups requested.</summary>
    public int Lineups => _context.Lineups;

    /// <summary>Lineups accepted so far.</summary>
    public int Chosen { get; private set; }

    /// <summary>Fresh limits of a request (nothing chosen). Unknown driver references throw <see cref="ArgumentException"/>.</summary>
    public static PortfolioLimits Create(PortfolioRequest request) => new(request ?? throw new ArgumentNullException(nameof(request)));

    /// <summary>Drivers the next lineup must hold: locks, and drivers whose remaining min exposure needs every lineup left.</summary>
    public DriverSet Required() => new(Next.Forced);

    /// <summary>Whether the lineup breaks a constraint for the next lineup that can only get tighter (a driver at
    /// his max exposure, excluded or out, the salary window, a group, start range or ownership cap, too many drivers
    /// shared with a chosen lineup): such a lineup is never allowed again.</summary>
    public bool Blocked(DriverSet lineup) => Next.Blocks(lineup.Bits, _salary);

    /// <summary>Whether the lineup may be the next one: not <see cref="Blocked"/> and holding every <see cref="Required"/> driver.</summary>
    public bool Allows(DriverSet lineup) => Chosen < Lineups && !Blocked(lineup) && lineup.ContainsAll(Required());

    /// <summary>
    /// The best lineup by <paramref name="points"/> (per <see cref="LineupSolver.Drivers"/> index) that may be the next
    /// one, found by the exact search — the lineup the exact optimizer would take here — or null when none exists.
    /// A selector whose candidates ran out asks this before it stops.
    /// </summary>
    public DriverSet? BestNext(IReadOnlyList<double> points, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count != _salary.Length) throw new ArgumentException($"Expected {_salary.Length} points, one per driver.", nameof(points));
        if (Chosen >= Lineups) return null;
        var scores = new long[points.Count];
        for (var i = 0; i < scores.Length; i++) scores[i] = PortfolioBuilder.ToScore(points[i]);
        return _search.FindBest(Next.Plan, scores, cancellationToken) is { } found ? new DriverSet(found.Mask) : null;
    }

    /// <summary>Takes the lineup as the next one of the portfolio.</summary>
    /// <exception cref="InvalidOperationException">The lineup is not <see cref="Allows">allowed</see>.</exception>
    public void Accept(DriverSet lineup)
    {
        if (!Allows(lineup)) throw new InvalidOperationException($"Lineup {Chosen + 1} breaks a constraint of the request.");
        foreach (var rule in _rules) rule.Accept(lineup.Bits);
        Chosen++;
        _next = null;
    }

    private Step Next => _next ??= Step.Create(_context, _rules, Chosen);

    /// <summary>The next lineup's plan, flattened for checking complete lineups.</summary>
    private sealed class Step
    {
        private UInt128 _forbidden;
        private int _roster;
        private int _maxSalary;
        private LinearLimit[] _limits = [];
        private UInt128[] _previous = [];
        private int _maxOverlap;

        public UInt128 Forced { get; private set; }

        public LineupPlan Plan { get; private init; } = null!;

        public static Step Create(RuleContext context, IReadOnlyList<IPortfolioRule> rules, int lineupIndex)
        {
            var plan = new LineupPlan(context.Drivers.Count, context.RosterSize, context.Site.SalaryCap);
            foreach (var rule in rules) rule.Prepare(plan, lineupIndex);
            var step = new Step
            {
                Plan = plan,
                _roster = plan.RosterSize,
                _maxSalary = plan.MaxSalary,
                _limits = [.. plan.Limits],
                _previous = [.. plan.Previous],
                _maxOverlap = plan.MaxOverlap,
            };
            for (var i = 0; i < plan.Forbidden.Length; i++)
            {
                // As in the search: a forced driver is in, whatever else forbids him (a conflict reported before).
                if (plan.Forced[i]) step.Forced |= DriverMask.Bit(i);
                else if (plan.Forbidden[i]) step._forbidden |= DriverMask.Bit(i);
            }

            return step;
        }

        public bool Blocks(UInt128 mask, int[] salary)
        {
            if ((mask & _forbidden) != UInt128.Zero || DriverMask.Count(mask) != _roster) return true;
            var total = 0L;
            for (var rest = mask; rest != UInt128.Zero; rest &= rest - 1) total += salary[(int)UInt128.TrailingZeroCount(rest)];
            if (total > _maxSalary) return true;
            foreach (var limit in _limits)
            {
                var sum = 0L;
                for (var rest = mask; rest != UInt128.Zero; rest &= rest - 1) sum += limit.Weights[(int)UInt128.TrailingZeroCount(rest)];
                if (sum < (limit.Min ?? long.MinValue) || sum > (limit.Max ?? long.MaxValue)) return true;
            }

            foreach (var previous in _previous)
            {
                if (DriverMask.Count(previous & mask) > _maxOverlap) return true;
            }

            return false;
        }
    }
}
