using NascarDfs.App.Optimize;
using NascarDfs.Domain.Lineups;

namespace NascarDfs.App.Web.Components.Pages.Lineups;

/// <summary>
/// A driver's exposure in two portfolios (percent of each one's lineups) and the difference, this − other, in points.
/// Drivers are matched by name, so a DraftKings and a FanDuel portfolio of the same race compare too.
/// </summary>
public sealed record ExposureDifference(string Name, double This, double That)
{
    public double Difference => This - That;

    /// <summary>Every driver in either portfolio, the largest difference (either way) first, then by name.</summary>
    public static IReadOnlyList<ExposureDifference> Of(OptimizeJobResult view, IReadOnlyList<Lineup> lineups, OptimizeJobResult other, IReadOnlyList<Lineup> otherLineups)
    {
        var mine = Exposure(lineups, view);
        var theirs = Exposure(otherLineups, other);
        return
        [
            .. mine.Keys.Union(theirs.Keys, StringComparer.Ordinal)
                .Select(name => new ExposureDifference(name, mine.GetValueOrDefault(name), theirs.GetValueOrDefault(name)))
                .OrderByDescending(d => Math.Abs(d.Difference)).ThenBy(d => d.Name, StringComparer.CurrentCultureIgnoreCase),
        ];
    }

    private static Dictionary<string, double> Exposure(IReadOnlyList<Lineup> lineups, OptimizeJobResult portfolio) =>
        lineups.SelectMany(l => l.DriverIds.Distinct()).GroupBy(portfolio.NameOf, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => lineups.Count == 0 ? 0 : 100.0 * g.Count() / lineups.Count, StringComparer.Ordinal);
}
