using NascarDfs.Domain.Slates;

namespace NascarDfs.App.JobHandlers.Documents;

/// <summary>A projections row as a job stores it (schema v1).</summary>
public sealed record ProjectionRowDocument(
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
    bool? Out = null)
{
    internal static ProjectionRowDocument From(ProjectionRow r) =>
        new(r.Line, r.Id, r.Name, r.Projection, r.Start, r.StdDev, r.Ceiling, r.Ownership, r.MinExposure, r.MaxExposure, r.Lock, r.Exclude, r.Out);

    internal ProjectionRow ToDomain() =>
        new(Line, Id, Name, Projection, Start, StdDev, Ceiling, Ownership, MinExposure, MaxExposure, Lock, Exclude, Out);
}
