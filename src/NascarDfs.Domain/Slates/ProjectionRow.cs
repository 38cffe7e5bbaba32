namespace NascarDfs.Domain.Slates;

/// <summary>
/// One row of the user's projections CSV (SPEC §3). Every column but the key and the points is optional;
/// percentages are 0–100.
/// </summary>
public sealed record ProjectionRow(
    int Line,
    string? Id,
    string? Name,
    double? Projection,
    int? Start = null,
    double? StdDev = null,
    double? Ceiling = null,
    double? Ownership = null,
    double? MinExposure = null,
    double? MaxExposure = null,
    bool? Lock = null,
    bool? Exclude = null,
    bool? Out = null);
