namespace NascarDfs.Domain.Spreadsheets;

/// <summary>
/// What a spreadsheet does with a CSV cell: one that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage
/// return is run as a formula (OWASP "CSV injection"), so <c>=HYPERLINK("http://evil.example/…")</c> in a driver's name
/// becomes a link or worse in the user's spreadsheet. Every text cell of every CSV the product writes goes through
/// <see cref="Escape"/>; where a site's upload format must receive a value exactly, the slate reader refuses the
/// dangerous value instead (<see cref="IsDangerous"/>).
/// </summary>
public static class SpreadsheetText
{
    /// <summary>Whether a spreadsheet would read <paramref name="value"/> as a formula.</summary>
    /// <remarks>A lone <c>-</c> (spreadsheets' "none") or <c>+</c> cannot hold a formula and is left as it is.</remarks>
    public static bool IsDangerous(string? value) =>
        value is { Length: > 1 } && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>
    /// The text as a spreadsheet should show it: a dangerous value gets a leading <c>'</c>, which spreadsheets read as
    /// "this is text" and do not display. A number (<c>-12.5</c>) is left alone: it is data, not a formula.
    /// </summary>
    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (!IsDangerous(value) || IsNumber(value)) return value;
        return "'" + value;
    }

    /// <summary>
    /// A whole CSV text cell for files the product writes by hand (the job history export, <c>project</c>'s CSV):
    /// <see cref="Escape"/>d, then quoted when it holds a comma, a quote or a line break (quotes doubled).
    /// </summary>
    public static string Cell(string? value)
    {
        var escaped = Escape(value);
        return escaped.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + escaped.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : escaped;
    }

    private static bool IsNumber(string value) =>
        double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);
}
