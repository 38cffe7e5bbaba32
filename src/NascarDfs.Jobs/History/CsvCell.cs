using System.Globalization;

namespace NascarDfs.Jobs.History;

/// <summary>CSV cells for the history export.</summary>
internal static class CsvCell
{
    /// <summary>A text cell: the product's one rule for CSV text (<see cref="NascarDfs.Domain.Spreadsheets.SpreadsheetText.Cell"/>:
    /// a formula gets a leading <c>'</c>, OWASP "CSV injection"; quoted when needed).</summary>
    public static string Text(string? value) => NascarDfs.Domain.Spreadsheets.SpreadsheetText.Cell(value);

    /// <summary>A number cell, never escaped (a negative number stays a number).</summary>
    public static string Number(double? value) => value?.ToString("0.###", CultureInfo.InvariantCulture) ?? "";

    /// <summary>A UTC time in ISO 8601.</summary>
    public static string Time(DateTimeOffset? value) => value?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) ?? "";
}
