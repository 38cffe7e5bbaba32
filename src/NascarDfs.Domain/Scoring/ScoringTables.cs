using System.Collections.Immutable;
using NascarDfs.Domain.Sites;

namespace NascarDfs.Domain.Scoring;

/// <summary>The registry of scoring tables, keyed by site and effective date (SPEC §2).</summary>
public static class ScoringTables
{
    // DraftKings changed NASCAR scoring for the 2021 season (first race 2021-02-14); the legacy table
    // applies to races before 2021-02-09 (SPEC §2).
    private static readonly DateOnly DraftKingsChange = new(2021, 2, 9);

    /// <summary>DraftKings NASCAR since February 2021: 1st 45, 2nd 42, 3rd 41 … 10th 34, 11th–20th 32…23,
    /// 21st–30th 21…12, 31st–40th 10…1; ±1 place differential; 0.25 per lap led; 0.45 per fastest lap.</summary>
    public static ScoringTable DraftKings { get; } = new(
        "draftkings", Site.DraftKings, DraftKingsChange, null,
        DraftKingsCurrentFinish(), 1.0, 0.25, 0.45, 0.0);

    /// <summary>DraftKings NASCAR before February 2021: 1st 46, 2nd 42, 3rd 41, then one less per position
    /// to 43rd = 1; ±1 place differential; 0.25 per lap led; 0.5 per fastest lap.</summary>
    public static ScoringTable DraftKingsLegacy { get; } = new(
        "draftkings-legacy", Site.DraftKings, DateOnly.MinValue, DraftKingsChange,
        DraftKingsLegacyFinish(), 1.0, 0.25, 0.5, 0.0);

    /// <summary>FanDuel NASCAR: 1st 43, 2nd 40, 3rd 38, then 41 − position (4th 37 … 40th 1); ±0.5 place
    /// differential; 0.1 per lap led; 0.1 per lap completed; no fastest-lap points.</summary>
    public static ScoringTable FanDuel { get; } = new(
        "fanduel", Site.FanDuel, DateOnly.MinValue, null,
        FanDuelFinish(), 0.5, 0.1, 0.0, 0.1);

    /// <summary>Every table.</summary>
    public static IReadOnlyList<ScoringTable> All { get; } = [DraftKings, DraftKingsLegacy, FanDuel];

    /// <summary>Finds a table by its command-line name, or null.</summary>
    public static ScoringTable? Find(string name) =>
        All.FirstOrDefault(t => string.Equals(t.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Finds a table by name or throws with the valid names.</summary>
    public static ScoringTable Parse(string name) =>
        Find(name) ?? throw new ArgumentException(
            $"Unknown scoring '{name}'. Use one of: {string.Join(", ", All.Select(t => t.Name))}.", nameof(name));

    /// <summary>The table of <paramref name="site"/> in force on <paramref name="raceDate"/>.</summary>
    public static ScoringTable ForDate(Site site, DateOnly raceDate) =>
        All.First(t => t.Site == site && t.AppliesOn(raceDate));

    /// <summary>The site's current table.</summary>
    public static ScoringTable Current(Site site) => Parse(SiteRegistry.Get(site).DefaultScoring);

    /// <summary>Picks the table from an explicit name, else the race date, else the site's current one.</summary>
    public static ScoringTable Resolve(Site site, string? name, DateOnly? raceDate)
    {
        if (!string.IsNullOrWhiteSpace(name))
        {
            var table = Parse(name);
            if (table.Site != site)
            {
                throw new ArgumentException($"Scoring '{table.Name}' is for {table.Site}, but the slate is {site}.", nameof(name));
            }

            return table;
        }

        return raceDate is { } date ? ForDate(site, date) : Current(site);
    }

    private static ImmutableArray<double> DraftKingsCurrentFinish()
    {
        var points = new double[40];
        double[] top = [45, 42, 41, 40, 39, 38, 37, 36, 35, 34];
        top.CopyTo(points, 0);
        for (var p = 11; p <= 20; p++) points[p - 1] = 32 - (p - 11);
        for (var p = 21; p <= 30; p++) points[p - 1] = 21 - (p - 21);
        for (var p = 31; p <= 40; p++) points[p - 1] = 10 - (p - 31);
        return [.. points];
    }

    private static ImmutableArray<double> DraftKingsLegacyFinish()
    {
        var points = new double[43];
        points[0] = 46;
        for (var p = 2; p <= 43; p++) points[p - 1] = 44 - p;
        return [.. points];
    }

    private static ImmutableArray<double> FanDuelFinish()
    {
        var points = new double[40];
        points[0] = 43;
        points[1] = 40;
        points[2] = 38;
        for (var p = 4; p <= 40; p++) points[p - 1] = 41 - p;
        return [.. points];
    }
}
