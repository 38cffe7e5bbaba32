using NascarDfs.App.Optimize;
using NascarDfs.Domain.Lineups;

namespace NascarDfs.App.Web.Components.Pages.Lineups;

/// <summary>A column of the Lineups table the player can sort by.</summary>
public enum LineupColumn
{
    Number,
    Drivers,
    Salary,
    Projection,
    Ownership,
    Ceiling,
    Mean,
    StdDev,
    P90,
    P99,
    TargetProbability,
    Optimal,
}

/// <summary>
/// One lineup of a portfolio as the Lineups table shows it. <see cref="Ownership"/> is the sum of its drivers' ownership
/// (percent) when the projections gave an Ownership column, else the contest field's ownership for a contest-built
/// portfolio, else null. <see cref="Ceiling"/> is the sum of its drivers' Ceiling column when the projections gave one
/// for every driver (a simulated portfolio shows its simulated p90 and p99 instead).
/// </summary>
public sealed record LineupRow(int Index, Lineup Lineup, IReadOnlyList<string> Names, double? Ownership, double? Ceiling, SimulatedLineupStats? Sim)
{
    /// <summary>The lineup's number in the job's order (1-based): it stays with the lineup whatever the sort.</summary>
    public int Number => Index + 1;

    public string Drivers => string.Join(", ", Names);

    /// <summary>The sort key of a numeric column (null sorts last).</summary>
    public double? Key(LineupColumn column) => column switch
    {
        LineupColumn.Number => Number,
        LineupColumn.Salary => Lineup.Salary,
        LineupColumn.Projection => Lineup.Projection,
        LineupColumn.Ownership => Ownership,
        LineupColumn.Ceiling => Ceiling,
        LineupColumn.Mean => Sim?.Mean,
        LineupColumn.StdDev => Sim?.StdDev,
        LineupColumn.P90 => Sim?.P90,
        LineupColumn.P99 => Sim?.P99,
        LineupColumn.TargetProbability => Sim?.TargetProbability,
        LineupColumn.Optimal => Sim?.OptimalShare,
        _ => null,
    };
}

/// <summary>The Lineups table's rows, filter and sort (the page only renders them).</summary>
public static class LineupTable
{
    /// <summary>Every lineup of the portfolio as a row, in the job's order.</summary>
    public static IReadOnlyList<LineupRow> Rows(OptimizeJobResult view)
    {
        var ownership = OwnershipOf(view);
        var sim = view.Simulation;
        return
        [
            .. view.Lineups.Select((lineup, i) => new LineupRow(
                i,
                lineup,
                [.. lineup.DriverIds.Select(view.NameOf)],
                ownership is null ? null : lineup.DriverIds.Sum(id => ownership.GetValueOrDefault(id)),
                CeilingOf(view, lineup),
                sim is not null && i < sim.Lineups.Count ? sim.Lineups[i] : null)),
        ];
    }

    /// <summary>Whether the table has an ownership column (the projections' Ownership, or a contest field).</summary>
    public static bool HasOwnership(IReadOnlyList<LineupRow> rows) => rows.Any(r => r.Ownership is not null);

    public static bool HasCeiling(IReadOnlyList<LineupRow> rows) => rows.Count > 0 && rows.All(r => r.Ceiling is not null);

    /// <summary>The rows holding <paramref name="containing"/> (a driver ID) and not <paramref name="excluding"/>; null or empty: no filter.</summary>
    public static IEnumerable<LineupRow> Filter(IEnumerable<LineupRow> rows, string? containing, string? excluding) =>
        rows.Where(r => (string.IsNullOrEmpty(containing) || r.Lineup.DriverIds.Contains(containing))
                        && (string.IsNullOrEmpty(excluding) || !r.Lineup.DriverIds.Contains(excluding)));

    /// <summary>Sorted by <paramref name="column"/>; ties (and missing values, always last) keep the job's order.</summary>
    public static IEnumerable<LineupRow> Sort(IEnumerable<LineupRow> rows, LineupColumn column, bool ascending)
    {
        if (column == LineupColumn.Drivers)
        {
            return ascending
                ? rows.OrderBy(r => r.Drivers, StringComparer.CurrentCultureIgnoreCase).ThenBy(r => r.Index)
                : rows.OrderByDescending(r => r.Drivers, StringComparer.CurrentCultureIgnoreCase).ThenBy(r => r.Index);
        }

        var known = rows.Where(r => r.Key(column) is not null);
        var sorted = ascending ? known.OrderBy(r => r.Key(column)) : known.OrderByDescending(r => r.Key(column));
        return sorted.ThenBy(r => r.Index).Concat(rows.Where(r => r.Key(column) is null));
    }

    /// <summary>The column a click sorts first in: descending for the numbers a player hunts (projection, ceiling), ascending for # and names.</summary>
    public static bool FirstAscending(LineupColumn column) => column is LineupColumn.Number or LineupColumn.Drivers or LineupColumn.Ownership;

    // Driver ID → ownership percent: the projections' column, else the contest field's share.
    private static Dictionary<string, double>? OwnershipOf(OptimizeJobResult view)
    {
        var projected = view.Slate.Drivers.Where(d => d.Ownership is not null).ToDictionary(d => d.Id, d => d.Ownership!.Value, StringComparer.Ordinal);
        if (projected.Count > 0) return projected;
        return view.Document.Contest is { } contest
            ? contest.Drivers.ToDictionary(d => d.DriverId, d => d.FieldOwnership, StringComparer.Ordinal)
            : null;
    }

    private static double? CeilingOf(OptimizeJobResult view, Lineup lineup)
    {
        var total = 0.0;
        foreach (var id in lineup.DriverIds)
        {
            if (view.Slate.FindById(id)?.Ceiling is not { } ceiling) return null;
            total += ceiling;
        }

        return total;
    }
}
