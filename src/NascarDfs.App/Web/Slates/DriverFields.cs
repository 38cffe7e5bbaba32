using System.Globalization;

namespace NascarDfs.App.Web.Slates;

/// <summary>Parsing and checking of <see cref="DriverField"/> text.</summary>
public static class DriverFields
{
    /// <summary>The field's name as the table's header shows it.</summary>
    public static string Label(DriverField field) => field switch
    {
        DriverField.Projection => "Projection",
        DriverField.StdDev => "StdDev",
        DriverField.Start => "Start",
        DriverField.Ownership => "Own %",
        DriverField.MinExposure => "Min %",
        DriverField.MaxExposure => "Max %",
        _ => field.ToString(),
    };

    /// <summary>A driver's value: projected points per $1,000 of salary (0 for a driver without a salary).</summary>
    public static double Value(NascarDfs.Domain.Slates.Driver driver) => driver.Salary <= 0 ? 0 : driver.Projection * 1000.0 / driver.Salary;

    /// <summary>The field's current value as text (invariant, as the table shows it).</summary>
    public static string Text(DriverEdit edit, DriverField field) => Value(edit, field) is { } v ? v.ToString("0.###", CultureInfo.InvariantCulture) : "";

    public static double? Value(DriverEdit edit, DriverField field) => field switch
    {
        DriverField.Projection => edit.Projection,
        DriverField.StdDev => edit.StdDev,
        DriverField.Start => edit.Start,
        DriverField.Ownership => edit.Ownership,
        DriverField.MinExposure => edit.MinExposure,
        DriverField.MaxExposure => edit.MaxExposure,
        _ => null,
    };

    /// <summary>
    /// Applies <paramref name="text"/> to <paramref name="edit"/>'s field: the new edit, or null with the reason in
    /// <paramref name="error"/> (the caller keeps the text as typed).
    /// </summary>
    public static DriverEdit? TryApply(DriverEdit edit, DriverField field, string? text, out string? error)
    {
        error = null;
        var trimmed = (text ?? "").Trim().TrimEnd('%').Trim();
        double? value = null;
        if (trimmed.Length == 0)
        {
            if (field == DriverField.Projection)
            {
                error = "A projection is required (points, 0 or more).";
                return null;
            }
        }
        else if (trimmed.Contains(',', StringComparison.Ordinal))
        {
            error = $"'{text}' is not a number: use a dot for decimals (e.g. {trimmed.Replace(',', '.')}).";
            return null;
        }
        else if (!double.TryParse(trimmed, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed) || !double.IsFinite(parsed))
        {
            error = $"'{text}' is not a number.";
            return null;
        }
        else
        {
            value = parsed;
        }

        if (value is { } v && Check(edit, field, v) is { } reason)
        {
            error = reason;
            return null;
        }

        return field switch
        {
            DriverField.Projection => edit with { Projection = value!.Value },
            DriverField.StdDev => edit with { StdDev = value },
            DriverField.Start => edit with { Start = value is { } s ? (int)s : null },
            DriverField.Ownership => edit with { Ownership = value },
            DriverField.MinExposure => edit with { MinExposure = value },
            DriverField.MaxExposure => edit with { MaxExposure = value },
            _ => edit,
        };
    }

    /// <summary>
    /// Why <paramref name="v"/> is not allowed in <paramref name="edit"/>'s field, or null: the one check of a driver's
    /// numbers, for the table's text and for the per-driver exposures of the Optimize page's constraints JSON.
    /// </summary>
    public static string? Check(DriverEdit edit, DriverField field, double v) => field switch
    {
        DriverField.Projection or DriverField.StdDev when v < 0 => $"{Label(field)} must be 0 or more (not {Fmt(v)}).",
        DriverField.Start when v < 1 || v > 99 || v != Math.Floor(v) => $"Start must be a whole position from 1 to 99 (not {Fmt(v)}).",
        DriverField.Ownership or DriverField.MinExposure or DriverField.MaxExposure when v is < 0 or > 100 => $"{Label(field)} must be from 0 to 100 (not {Fmt(v)}).",
        DriverField.MinExposure when edit.MaxExposure is { } max && v > max => $"Min % {Fmt(v)} is above this driver's Max % {Fmt(max)}: lower the max first.",
        DriverField.MaxExposure when edit.MinExposure is { } min && v < min => $"Max % {Fmt(v)} is below this driver's Min % {Fmt(min)}: lower the min first.",
        _ => null,
    };

    private static string Fmt(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
}
