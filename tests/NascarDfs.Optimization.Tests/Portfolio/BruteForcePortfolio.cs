using NascarDfs.Domain.Randomness;
using NascarDfs.Domain.Slates;
using NascarDfs.Optimization.Portfolio;

namespace NascarDfs.Optimization.Tests.Portfolio;

/// <summary>
/// The oracle: SPEC §4 written the slowest, most obvious way. Every lineup of the slate is enumerated for every
/// lineup of the portfolio, the allowed ones are filtered constraint by constraint, and the best (ties: smallest
/// sorted ID list) is taken. It shares no code with the optimizer but the scoring scale.
/// </summary>
internal sealed class BruteForcePortfolio
{
    private readonly Driver[] _drivers; // sorted by ID
    private readonly PortfolioRequest _request;
    private readonly int _roster;

    public BruteForcePortfolio(PortfolioRequest request)
    {
        _request = request;
        _drivers = [.. request.Slate.Drivers.OrderBy(d => d.Id, StringComparer.Ordinal)];
        _roster = request.Slate.Rules.RosterSize;
    }

    /// <summary>The sequential portfolio, as lists of driver IDs sorted ordinally; fewer than N when the pool ran out.</summary>
    public List<string[]> Build()
    {
        var c = _request.Constraints;
        var n = _request.Lineups;
        var locked = Set(d => d.Locked, c.Lock);
        var excluded = Set(d => d.Excluded || d.Out, c.Exclude);
        var min = new int[_drivers.Length];
        var max = new int[_drivers.Length];
        for (var i = 0; i < _drivers.Length; i++)
        {
            var d = _drivers[i];
            var (minPct, maxPct) = Percents(d, excluded[i]);
            min[i] = (int)Math.Ceiling((minPct * n / 100.0) - 1e-9);
            max[i] = locked[i] ? n : (int)Math.Floor((maxPct * n / 100.0) + 1e-9);
        }

        var used = new int[_drivers.Length];
        var result = new List<int[]>();
        var all = Combinations(_drivers.Length, _roster).ToList();
        for (var k = 0; k < n; k++)
        {
            var scores = Scores(k);
            int[]? best = null;
            long bestScore = 0;
            foreach (var lineup in all)
            {
                if (!Allowed(lineup, k, locked, excluded, min, max, used, result)) continue;
                var score = lineup.Sum(i => scores[i]);
                if (best is null || score > bestScore || (score == bestScore && Earlier(lineup, best)))
                {
                    best = lineup;
                    bestScore = score;
                }
            }

            if (best is null) break;
            result.Add(best);
            foreach (var i in best) used[i]++;
        }

        return [.. result.Select(l => l.Select(i => _drivers[i].Id).ToArray())];
    }

    /// <summary>Whether a full build meets every minimum exposure (what a conflict-free request promises).</summary>
    public bool MeetsEveryMinimum(List<string[]> portfolio)
    {
        var c = _request.Constraints;
        var n = _request.Lineups;
        if (portfolio.Count < n) return false;
        foreach (var d in _drivers)
        {
            var own = c.Exposures.FirstOrDefault(e => Matches(d, e.Key)).Value;
            var locked = d.Locked || c.Lock.Any(r => Matches(d, r));
            var excluded = d.Out || d.Excluded || c.Exclude.Any(r => Matches(d, r));
            var (ownMin, ownMax) = Percents(d, excluded);
            var minPct = locked ? 100 : ownMin;
            var maxPct = locked ? 100 : ownMax;
            var count = portfolio.Count(l => l.Contains(d.Id));
            if (count < Math.Ceiling((minPct * n / 100.0) - 1e-9)) return false;
            if (locked && (own?.Max ?? d.MaxExposure) is { } lockedMax && lockedMax < 100) return false;
            if (count > Math.Floor((maxPct * n / 100.0) + 1e-9)) return false;
        }

        return true;
    }

    // SPEC §4: a driver's own limit overrides the global one, and a global limit never contradicts his own.
    private (double Min, double Max) Percents(Driver d, bool excluded)
    {
        var c = _request.Constraints;
        var own = c.Exposures.FirstOrDefault(e => Matches(d, e.Key)).Value;
        double? ownMin = own?.Min ?? d.MinExposure, ownMax = own?.Max ?? d.MaxExposure;
        var globalMin = excluded ? 0 : c.MinExposure ?? 0;
        var globalMax = c.MaxExposure ?? 100;
        return (ownMin ?? (ownMax < globalMin ? 0 : globalMin), ownMax ?? (ownMin > globalMax ? 100 : globalMax));
    }

    private bool Allowed(int[] lineup, int k, bool[] locked, bool[] excluded, int[] min, int[] max, int[] used, List<int[]> previous)
    {
        var c = _request.Constraints;
        var set = lineup.ToHashSet();
        for (var i = 0; i < _drivers.Length; i++)
        {
            if (set.Contains(i) && (excluded[i] || used[i] >= max[i])) return false;
            if (!set.Contains(i) && locked[i]) return false;
            if (!set.Contains(i) && !locked[i] && min[i] - used[i] >= _request.Lineups - k) return false;
        }

        var salary = lineup.Sum(i => _drivers[i].Salary);
        if (salary > Math.Min(_request.Slate.Rules.SalaryCap, c.MaxSalary ?? int.MaxValue)) return false;
        if (c.MinSalary is { } minSalary && salary < minSalary) return false;
        var repeat = Math.Min(c.MaxRepeating ?? _roster - 1, _roster - 1);
        if (previous.Any(p => p.Intersect(lineup).Count() > repeat)) return false;
        foreach (var g in c.Groups)
        {
            var count = lineup.Count(i => g.Drivers.Any(r => Matches(_drivers[i], r)));
            if (count < (g.AtLeast ?? 0) || count > (g.AtMost ?? int.MaxValue)) return false;
        }

        foreach (var r in c.StartRanges)
        {
            var count = lineup.Count(i => _drivers[i].Start is { } s && s >= r.From && s <= r.To);
            if (count < (r.AtLeast ?? 0) || count > (r.AtMost ?? int.MaxValue)) return false;
        }

        if (c.MaxOwnership is { } cap && lineup.Sum(i => (long)Math.Round((_drivers[i].Ownership ?? 0) * 100)) > (long)Math.Floor((cap * 100) + 1e-6)) return false;
        return true;
    }

    private long[] Scores(int k)
    {
        var random = new SeededRandom(_request.Seed, (ulong)k);
        return [.. _drivers.Select(d =>
        {
            var points = d.Projection;
            if (_request.Randomness > 0) points += (d.StdDev ?? Math.Abs(d.Projection)) * _request.Randomness / 100.0 * random.NextNormal();
            return (long)Math.Round(points * 10_000, MidpointRounding.AwayFromZero);
        })];
    }

    // Lineups are ascending index lists and indices follow the ordinal ID order: compare lexicographically.
    private static bool Earlier(int[] a, int[] b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i]) return a[i] < b[i];
        }

        return false;
    }

    private bool[] Set(Func<Driver, bool> flag, IReadOnlyList<string> references) =>
        [.. _drivers.Select(d => flag(d) || references.Any(r => Matches(d, r)))];

    private static bool Matches(Driver d, string reference) => d.Id == reference || d.Name == reference;

    private static IEnumerable<int[]> Combinations(int n, int k)
    {
        var current = new int[k];
        for (var i = 0; i < k; i++) current[i] = i;
        if (k > n) yield break;
        while (true)
        {
            yield return (int[])current.Clone();
            var pos = k - 1;
            while (pos >= 0 && current[pos] == n - k + pos) pos--;
            if (pos < 0) yield break;
            current[pos]++;
            for (var i = pos + 1; i < k; i++) current[i] = current[i - 1] + 1;
        }
    }
}
