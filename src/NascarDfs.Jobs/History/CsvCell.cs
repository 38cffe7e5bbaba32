using System.Globalization;

namespace NascarDfs.Jobs.History;

/// <summary>CSV cells for the history export.</summary>
internal static class CsvCell
{
    /// <summary>
    /// A text cell, quoted when needed. A cell starting with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c> is prefixed with <c>'</c>
    /// so a spreadsheet shows it as text instead of running it as a formula (OWASP "CSV injection").
    /// </summary>
    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    /// <summary>A number cell, never escaped (a negative number stays a number).</summary>
    public static string Number(double? value) => value?.ToString("0.###", CultureInfo.InvariantCulture) ?? "";

    /// <summary>A UTC time in ISO 8601.</summary>
    public static string Time(DateTimeOffset? value) => value?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) ?? "";
}
