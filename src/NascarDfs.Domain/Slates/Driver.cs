namespace NascarDfs.Domain.Slates;

/// <summary>
/// A driver of a slate with the user's projection merged in: what the optimizer and simulator read.
/// Percentages (<see cref="Ownership"/>, exposures) are 0–100.
/// </summary>
public sealed record Driver(
    string Id,
    string Name,
    int Salary,
    double Projection,
    double? StdDev = null,
    int? Start = null,
    double? Ownership = null,
    double? Ceiling = null,
    double? MinExposure = null,
    double? MaxExposure = null,
    bool Locked = false,
    bool Excluded = false,
    bool Out = false);
