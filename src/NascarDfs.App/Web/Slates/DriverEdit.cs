namespace NascarDfs.App.Web.Slates;

/// <summary>The editable fields of one driver of the current slate (percentages 0–100).</summary>
public sealed record DriverEdit(
    string Id,
    double Projection,
    double? StdDev,
    int? Start,
    double? Ownership,
    double? MinExposure,
    double? MaxExposure,
    bool Locked,
    bool Excluded,
    bool Out);
