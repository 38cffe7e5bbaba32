using System.Globalization;
using CsvHelper;
using NascarDfs.Domain.Lineups;
using NascarDfs.Domain.Slates;

namespace NascarDfs.Contests.Lineups;

/// <summary>
/// Reads a portfolio back from a site upload CSV (what <c>optimize --out</c> writes): a header of roster slots, then
/// one lineup per row of driver IDs. A cell may also be <c>id:name</c> (FanDuel's entry files) or <c>Name (id)</c>
/// (DraftKings'). Every ID must be a driver of the slate, so a lineup file from another slate is named as such.
/// </summary>
public static class LineupFileReader
{
    /// <summary>Reads <paramref name="path"/> against <paramref name="slate"/>.</summary>
    public static IReadOnlyList<Lineup> Read(string path, Slate slate)
    {
        using var reader = new StreamReader(path);
        return Read(reader, Path.GetFileName(path), slate);
    }

    /// <summary>Reads lineups from <paramref name="reader"/>; errors name <paramref name="fileName"/>, line and column.</summary>
    public static IReadOnlyList<Lineup> Read(TextReader reader, string fileName, Slate slate)
    {
        ArgumentNullException.ThrowIfNull(slate);
        var rules = slate.Rules;
        using var csv = new CsvParser(reader, CultureInfo.InvariantCulture);
        var lineups = new List<Lineup>();
        var headerSeen = false;
        while (csv.Read())
        {
            var line = csv.Row;
            var cells = (csv.Record ?? []).Select(c => c.Trim()).ToArray();
            var used = cells.Take(rules.RosterSize).ToArray();
            if (cells.All(c => c.Length == 0)) continue;
            if (!headerSeen)
            {
                headerSeen = true;
                if (used.All(c => string.Equals(c, rules.SlotName, StringComparison.OrdinalIgnoreCase))) continue;
                if (used.Any(c => Resolve(c, slate) is null) && used.All(c => c.Length > 0 && !char.IsDigit(c[0])))
                {
                    throw new InputFileException(fileName, line, null,
                        $"the header should be {rules.RosterSize} × '{rules.SlotName}' ({rules.DisplayName}'s upload file), not '{string.Join(",", cells)}'");
                }
            }

            if (used.Length < rules.RosterSize || used.Any(c => c.Length == 0))
            {
                throw new InputFileException(fileName, line, null, $"a {rules.DisplayName} lineup has {rules.RosterSize} drivers; this row has {used.Count(c => c.Length > 0)}");
            }

            var drivers = new List<Driver>();
            for (var c = 0; c < used.Length; c++)
            {
                var driver = Resolve(used[c], slate) ?? throw new InputFileException(fileName, line, $"{rules.SlotName} {c + 1}",
                    $"'{used[c]}' is not a driver ID of this slate: the lineup file must come from the same salary file, not another race's.");
                if (drivers.Contains(driver)) throw new InputFileException(fileName, line, $"{rules.SlotName} {c + 1}", $"{driver.Name} is in this lineup twice");
                drivers.Add(driver);
            }

            var salary = drivers.Sum(d => d.Salary);
            if (salary > rules.SalaryCap)
            {
                throw new InputFileException(fileName, line, null, $"the lineup costs ${salary:N0}, over {rules.DisplayName}'s ${rules.SalaryCap:N0} cap");
            }

            var ordered = drivers.OrderByDescending(d => d.Salary).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
            lineups.Add(new Lineup([.. ordered.Select(d => d.Id)], salary, Math.Round(ordered.Sum(d => d.Projection), 4)));
        }

        if (lineups.Count == 0) throw new InputFileException(fileName, 0, null, "the file holds no lineups");
        return lineups;
    }

    private static Driver? Resolve(string cell, Slate slate)
    {
        if (slate.FindById(cell) is { } byId) return byId;
        var colon = cell.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && slate.FindById(cell[..colon].Trim()) is { } fanDuel) return fanDuel;
        var open = cell.LastIndexOf('(');
        if (open >= 0 && cell.EndsWith(')') && slate.FindById(cell[(open + 1)..^1].Trim()) is { } draftKings) return draftKings;
        return null;
    }

}
