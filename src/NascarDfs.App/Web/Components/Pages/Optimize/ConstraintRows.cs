using System.Globalization;
using NascarDfs.Optimization.Portfolio;

namespace NascarDfs.App.Web.Components.Pages.Optimize;

/// <summary>
/// A row of the Optimize page's group builder: a named set of drivers picked from the slate (by name) of which each lineup
/// holds at least and/or at most some number — a <see cref="DriverGroup"/> of the constraints object.
/// </summary>
public sealed class GroupRow
{
    public string Name { get; set; } = "";

    public IReadOnlyCollection<string> Drivers { get; set; } = [];

    public int? AtLeast { get; set; }

    public int? AtMost { get; set; }

    internal DriverGroup ToGroup() => new(Name.Trim(), [.. Drivers], AtLeast, AtMost);

    internal static GroupRow Of(DriverGroup g, Func<string, string> name) =>
        new() { Name = g.Name, Drivers = [.. g.Drivers.Select(name)], AtLeast = g.AtLeast, AtMost = g.AtMost };
}

/// <summary>A start-position range row: at least and/or at most n drivers of a lineup start from <see cref="From"/> to <see cref="To"/>.</summary>
public sealed class StartRangeRow
{
    public int? From { get; set; }

    public int? To { get; set; }

    public int? AtLeast { get; set; }

    public int? AtMost { get; set; }

    /// <summary>The range, or null while its first or last position is missing.</summary>
    internal StartRange? ToRange() => From is { } from && To is { } to ? new StartRange(from, to, AtLeast, AtMost) : null;

    internal static StartRangeRow Of(StartRange r) => new() { From = r.From, To = r.To, AtLeast = r.AtLeast, AtMost = r.AtMost };
}

/// <summary>The whole-number fields of the constraint rows (counts and starting positions): parsed here, refused with a sentence.</summary>
public static class WholeNumbers
{
    /// <summary>
    /// <paramref name="text"/> as a whole number of at least <paramref name="min"/>, or null for empty text; false with the
    /// reason (naming <paramref name="label"/>) otherwise — never rounded, clamped or read as 0.
    /// </summary>
    public static bool TryParse(string? text, int min, string label, out int? value, out string? error)
    {
        value = null;
        error = null;
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length == 0) return true;
        if (!int.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
        {
            error = double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out _) || trimmed.Contains(',', StringComparison.Ordinal)
                ? $"{label} takes a whole number ('{trimmed}' is not one)."
                : $"'{trimmed}' is not a number: {label} takes a whole number.";
            return false;
        }

        if (parsed < min)
        {
            error = $"{label} must be {min} or more (not {parsed}).";
            return false;
        }

        value = parsed;
        return true;
    }
}
