using NascarDfs.Domain.Slates;
using NascarDfs.Optimization.Portfolio;

namespace NascarDfs.Simulation.Tests.Portfolios;

/// <summary>
/// SPEC §4's constraints written the obvious way, sharing no code with the optimizer: every broken constraint of a
/// portfolio (lists of driver IDs) as a sentence. Minimum exposures are promised only by a complete portfolio.
/// </summary>
internal static class ConstraintChecker
{
    public static List<string> Violations(PortfolioRequest request, IReadOnlyList<IReadOnlyList<string>> portfolio)
    {
        var c = request.Constraints;
        var slate = request.Slate;
        var n = request.Lineups;
        var roster = slate.Rules.RosterSize;
        var byId = slate.Drivers.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var problems = new List<string>();
        if (portfolio.Count > n) problems.Add($"{portfolio.Count} lineups for {n} requested");

        for (var k = 0; k < portfolio.Count; k++)
        {
            var lineup = portfolio[k].Select(id => byId[id]).ToList();
            var at = $"lineup {k + 1}";
            if (lineup.Count != roster || lineup.Select(d => d.Id).Distinct().Count() != roster) problems.Add($"{at}: not {roster} distinct drivers");
            var salary = lineup.Sum(d => d.Salary);
            if (salary > Math.Min(slate.Rules.SalaryCap, c.MaxSalary ?? int.MaxValue)) problems.Add($"{at}: salary {salary} above the max");
            if (salary < (c.MinSalary ?? 0)) problems.Add($"{at}: salary {salary} below the min");
            foreach (var d in slate.Drivers.Where(d => Locked(c, d) && !lineup.Contains(d))) problems.Add($"{at}: locked {d.Id} missing");
            foreach (var d in lineup.Where(d => Excluded(c, d))) problems.Add($"{at}: excluded or out {d.Id} used");
            foreach (var g in c.Groups)
            {
                var count = lineup.Count(d => g.Drivers.Any(r => Matches(d, r)));
                if (count < (g.AtLeast ?? 0) || count > (g.AtMost ?? int.MaxValue)) problems.Add($"{at}: group {g.Name} has {count}");
            }

            foreach (var r in c.StartRanges)
            {
                var count = lineup.Count(d => d.Start is { } s && s >= r.From && s <= r.To);
                if (count < (r.AtLeast ?? 0) || count > (r.AtMost ?? int.MaxValue)) problems.Add($"{at}: start range {r.From}-{r.To} has {count}");
            }

            // Ownership in hundredths of a point, as SPEC §9's cap is compared.
            if (c.MaxOwnership is { } cap && lineup.Sum(d => (long)Math.Round((d.Ownership ?? 0) * 100)) > (long)Math.Floor((cap * 100) + 1e-6))
            {
                problems.Add($"{at}: ownership above {cap}");
            }

            var repeat = Math.Min(c.MaxRepeating ?? roster - 1, roster - 1);
            for (var j = 0; j < k; j++)
            {
                var shared = portfolio[j].Intersect(portfolio[k]).Count();
                if (shared > repeat) problems.Add($"lineups {j + 1} and {k + 1} share {shared} drivers (max {repeat})");
            }
        }

        foreach (var d in slate.Drivers)
        {
            var (minPct, maxPct) = Percents(c, d);
            var count = portfolio.Count(l => l.Contains(d.Id));
            var max = Locked(c, d) ? n : (int)Math.Floor((maxPct * n / 100.0) + 1e-9);
            var min = Locked(c, d) ? n : (int)Math.Ceiling((minPct * n / 100.0) - 1e-9);
            if (count > max) problems.Add($"{d.Id} in {count} of {n} lineups, max {max}");
            if (portfolio.Count == n && count < min) problems.Add($"{d.Id} in {count} of {n} lineups, min {min}");
        }

        return problems;
    }

    /// <summary>A driver's own limit overrides the global one, and a global limit never contradicts his own (SPEC §4):
    /// an own min above the global max lifts the max for him, an own max below the global min drops the min.</summary>
    public static (double Min, double Max) Percents(PortfolioConstraints c, Driver d)
    {
        var own = c.Exposures.FirstOrDefault(e => Matches(d, e.Key)).Value;
        double? ownMin = own?.Min ?? d.MinExposure, ownMax = own?.Max ?? d.MaxExposure;
        var globalMin = Excluded(c, d) ? 0 : c.MinExposure ?? 0;
        var globalMax = c.MaxExposure ?? 100;
        return (ownMin ?? (ownMax < globalMin ? 0 : globalMin), ownMax ?? (ownMin > globalMax ? 100 : globalMax));
    }

    private static bool Locked(PortfolioConstraints c, Driver d) => d.Locked || c.Lock.Any(r => Matches(d, r));

    private static bool Excluded(PortfolioConstraints c, Driver d) => d.Out || d.Excluded || c.Exclude.Any(r => Matches(d, r));

    private static bool Matches(Driver d, string reference) => d.Id == reference || d.Name == reference;
}
