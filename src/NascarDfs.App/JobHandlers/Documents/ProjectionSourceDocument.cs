using NascarDfs.Simulation.Projections;

namespace NascarDfs.App.JobHandlers.Documents;

/// <summary>
/// Where a job's projections came from (<c>file</c>, <c>history</c> or <c>file-average</c>), the sentence that says so
/// and what resolving noticed. Optional in configs and results: a job stored without it has the source its embedded
/// projections imply (a file is the user's, none the salary file's average).
/// </summary>
public sealed record ProjectionSourceDocument(string Kind, string Description, IReadOnlyList<string>? Warnings = null)
{
    internal static ProjectionSourceDocument From(ProjectionSource source) =>
        new(source.KindName, source.Description, source.Warnings.Count > 0 ? [.. source.Warnings] : null);

    internal ProjectionSource ToDomain() =>
        new(ProjectionSource.ParseKind(Kind) ?? throw new ArgumentException($"The projection source '{Kind}' is unknown; use file, history or file-average."),
            Description)
        { Warnings = Warnings ?? [] };
}
