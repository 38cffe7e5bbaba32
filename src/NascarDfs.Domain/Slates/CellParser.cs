using System.Globalization;

namespace NascarDfs.Domain.Slates;

/// <summary>
/// Parses the cells of user files. Numbers use the invariant culture (a dot is the decimal separator whatever
/// the machine's locale, SPEC §3); every failure names the file, line and column.
/// </summary>
internal static class CellParser
{
    private static readonly string[] TrueWords = ["true", "yes", "y", "1", "x"];
    private static readonly string[] FalseWords = ["false", "no", "n", "0"];

    // Far above either site's cap ($50,000 on DraftKings and on FanDuel) and far below int overflow.
    private const int MaxSalary = 10_000_000;

    /// <summary>A salary in whole dollars above zero; a leading <c>$</c> and thousands separators are allowed.</summary>
    public static int Salary(string cell, string file, int line, string column)
    {
        var text = cell.Trim().TrimStart('$');
        if (!decimal.TryParse(text, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign,
                CultureInfo.InvariantCulture, out var value))
        {
            throw new InputFileException(file, line, column, $"the salary '{cell}' is not a number");
        }

        if (value <= 0) throw new InputFileException(file, line, column, $"the salary must be above zero, not '{cell}'");
        if (value > MaxSalary)
        {
            throw new InputFileException(file, line, column, $"the salary '{cell}' is too large: a salary is at most ${MaxSalary:N0}");
        }

        if (value != decimal.Truncate(value))
        {
            throw new InputFileException(file, line, column, $"the salary '{cell}' is not a whole number of dollars");
        }

        return (int)value;
    }

    /// <summary>A number, or null for an empty cell (and for <c>-</c>, which spreadsheets use for "none").</summary>
    public static double? OptionalDouble(string cell, string file, int line, string column)
    {
        var text = cell.Trim();
        if (text.Length == 0 || text == "-") return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        throw new InputFileException(file, line, column, $"'{cell}' is not a number (use a dot as the decimal separator)");
    }

    /// <summary>A whole number of at least 1, or null for an empty cell.</summary>
    public static int? OptionalPosition(string cell, string file, int line, string column)
    {
        var value = OptionalDouble(cell, file, line, column);
        if (value is null) return null;
        if (value.Value < 1 || value.Value != Math.Floor(value.Value) || value.Value > 1000)
        {
            throw new InputFileException(file, line, column, $"'{cell}' is not a position (a whole number from 1)");
        }

        return (int)value.Value;
    }

    /// <summary>A percentage 0–100 written <c>50</c> or <c>50%</c>, or null for an empty cell.</summary>
    public static double? OptionalPercent(string cell, string file, int line, string column)
    {
        var text = cell.Trim();
        if (text.EndsWith('%')) text = text[..^1].TrimEnd();
        var value = OptionalDouble(text, file, line, column);
        if (value is < 0 or > 100)
        {
            throw new InputFileException(file, line, column, $"'{cell}' is not a percentage from 0 to 100");
        }

        return value;
    }

    /// <summary>true/false, yes/no, y/n, 1/0 or x (ticked); null for an empty cell.</summary>
    public static bool? OptionalBool(string cell, string file, int line, string column)
    {
        var text = cell.Trim();
        if (text.Length == 0) return null;
        if (TrueWords.Contains(text, StringComparer.OrdinalIgnoreCase)) return true;
        if (FalseWords.Contains(text, StringComparer.OrdinalIgnoreCase)) return false;
        throw new InputFileException(file, line, column, $"'{cell}' is not true/false (also accepted: yes/no, 1/0, x)");
    }

    /// <summary>A cell as text, or null when empty.</summary>
    public static string? OptionalText(string cell) => cell.Trim() is { Length: > 0 } text ? text : null;
}
