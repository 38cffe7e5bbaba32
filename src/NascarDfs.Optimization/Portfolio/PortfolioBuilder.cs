using System.Collections.Immutable;
using NascarDfs.Domain.Lineups;
using NascarDfs.Domain.Randomness;
using NascarDfs.Optimization.Rules;
using NascarDfs.Optimization.Search;

namespace NascarDfs.Optimization.Portfolio;

/// <summary>
/// Builds a portfolio sequentially: lineup k is the best lineup the rules allow given lineups 1..k−1 (SPEC §4).
/// Conflicts are reported before any search; running out of distinct lineups ends the portfolio early with a reason.
/// </summary>
internal sealed class PortfolioBuilder
{
    /// <summary>Projections become integers in units of 1/10,000 point, so sums are exact and ties identical everywhere.</summary>
    public const double ScoreScale = 10_000;

    private readonly PortfolioRequest _request;
    private readonly RuleContext _context;
    private readonly IReadOnlyList<IPortfolioRule> _rules;
    private readonly LineupSearch _search;
    private readonly long[] _baseScores;

    public PortfolioBuilder(PortfolioRequest request)
    {
        if (request.Lineups < 1) throw new ArgumentOutOfRangeException(nameof(request), "At least one lineup must be requested.");
        if (request.Randomness < 0) throw new ArgumentOutOfRangeException(nameof(request), "Randomness must be 0 or more.");
        _request = request;
        _context = new RuleContext(request.Slate, request.Lineups, request.Constraints);
        _rules = PortfolioRules.Create(_context);
        _search = new LineupSearch([.. _context.Drivers.Select(d => d.Salary)]);
        _baseScores = [.. _context.Drivers.Select(d => ToScore(d.Projection))];
        Conflicts = CheckConflicts();
    }

    public IReadOnlyList<string> Conflicts { get; }

    public IReadOnlyList<string> Warnings => _context.Warnings;

    public string? StoppedEarly { get; private set; }

    public static long ToScore(double points) => (long)Math.Round(points * ScoreScale, MidpointRounding.AwayFromZero);

    /// <summary>Lineups as they are found; throws <see cref="InfeasibleRequestException"/> when not even one exists.</summary>
    public IEnumerable<Lineup> Enumerate(CancellationToken cancellationToken = default)
    {
        if (Conflicts.Count > 0) throw new InfeasibleRequestException(Conflicts);
        for (var k = 0; k < _request.Lineups; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var plan = new LineupPlan(_context.Drivers.Count, _context.RosterSize, _context.Site.SalaryCap);
            foreach (var rule in _rules) rule.Prepare(plan, k);
            var forcedCount = plan.Forced.Count(f => f);
            var outcome = forcedCount > _context.RosterSize ? null : _search.FindBest(plan, ScoresFor(k), cancellationToken);
            if (outcome is not { } found)
            {
                if (k == 0) throw new InfeasibleRequestException([PortfolioRules.NoLineupMessage(_rules, _context)]);
                StoppedEarly = forcedCount > _context.RosterSize
                    ? $"Stopped after {k} lineups: {forcedCount} drivers still needed their min exposure in every remaining lineup, more than {_context.RosterSize} slots."
                    : $"Stopped after {k} of {_request.Lineups} lineups: no other lineup satisfies the constraints ({PortfolioRules.Describe(_rules, _context)}).";
                yield break;
            }

            foreach (var rule in _rules) rule.Accept(found.Mask);
            yield return _context.ToLineup(found.Mask);
        }
    }

    private long[] ScoresFor(int lineupIndex)
    {
        if (_request.Randomness == 0) return _baseScores;
        var random = new SeededRandom(_request.Seed, (ulong)lineupIndex);
        var scores = new long[_baseScores.Length];
        for (var i = 0; i < scores.Length; i++)
        {
            // Every driver draws, eligible or not, so a driver's noise does not depend on the others' status.
            var driver = _context.Drivers[i];
            var spread = (driver.StdDev ?? Math.Abs(driver.Projection)) * _request.Randomness / 100.0;
            scores[i] = ToScore(driver.Projection + (spread * random.NextNormal()));
        }

        return scores;
    }

    private List<string> CheckConflicts()
    {
        var conflicts = new List<string>();
        foreach (var rule in _rules) rule.Check(conflicts);
        return conflicts;
    }

    internal static IReadOnlyDictionary<string, DriverExposure> Exposures(IReadOnlyList<Lineup> lineups, int requested) =>
        lineups.SelectMany(l => l.DriverIds).GroupBy(id => id, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToImmutableSortedDictionary(g => g.Key, g => new DriverExposure(g.Count(), Math.Round(100.0 * g.Count() / requested, 4)), StringComparer.Ordinal);
}
