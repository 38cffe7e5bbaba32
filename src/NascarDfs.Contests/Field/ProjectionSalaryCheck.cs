using System.Globalization;
using CsvHelper;
using NascarDfs.Domain.Slates;

namespace NascarDfs.Contests.Field;

/// <summary>
/// Projection sheets often carry their own <c>Salary</c> column, which the projections reader ignores: the site's
/// salary file prices the lineups (the site enforces its cap on its own prices). This compares the two, so a sheet
/// copied from another slate, or a late price change (the New Hampshire sheet has Ryan Preece at $3,800, the
/// FanDuel list at $5,800), is reported instead of silently shaping the field.
/// </summary>
public static class ProjectionSalaryCheck
{
    /// <summary>One warning per driver whose sheet salary differs from the slate's, or none.</summary>
    public static IReadOnlyList<string> Compare(Slate slate, string projectionsPath)
    {
        ArgumentNullException.ThrowIfNull(slate);
        using var reader = new StreamReader(projectionsPath);
        return Compare(slate, reader, Path.GetFileName(projectionsPath));
    }

    /// <summary>Compares a projections CSV read from <paramref name="reader"/>.</summary>
    public static IReadOnlyList<string> Compare(Slate slate, TextReader reader, string fileName)
    {
        ArgumentNullException.ThrowIfNull(slate);
        using var csv = new CsvParser(reader, CultureInfo.InvariantCulture);
        if (!csv.Read() || csv.Record is not { } header) return [];
        var salaryColumn = Array.FindIndex(header, h => string.Equals(h.Trim(), "Salary", StringComparison.OrdinalIgnoreCase));
        var nameColumn = Array.FindIndex(header, h => string.Equals(h.Trim(), "Name", StringComparison.OrdinalIgnoreCase));
        var idColumn = Array.FindIndex(header, h => string.Equals(h.Trim(), "Id", StringComparison.OrdinalIgnoreCase));
        if (salaryColumn < 0 || (nameColumn < 0 && idColumn < 0)) return [];

        var byKey = slate.Drivers.GroupBy(d => DriverNameKey.Normalize(d.Name)).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.First());
        var warnings = new List<string>();
        while (csv.Read())
        {
            var row = csv.Record!;
            string Cell(int i) => i >= 0 && i < row.Length ? row[i].Trim() : "";
            var driver = (idColumn >= 0 ? slate.FindById(Cell(idColumn)) : null)
                ?? (nameColumn >= 0 && byKey.TryGetValue(DriverNameKey.Normalize(Cell(nameColumn)), out var d) ? d : null);
            var text = Cell(salaryColumn).Replace("$", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
            if (driver is null || !int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var sheet) || sheet == driver.Salary) continue;
            warnings.Add($"{driver.Name} is ${sheet:N0} in {fileName} but ${driver.Salary:N0} in the salary file, line {csv.Row}: the salary file's price is used (the site's cap applies to it).");
        }

        return warnings;
    }
}
