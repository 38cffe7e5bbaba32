using NascarDfs.Domain.Slates;

namespace NascarDfs.App.JobHandlers.Documents;

/// <summary>The projections file embedded in a job (schema v1).</summary>
public sealed record ProjectionFileDocument(string FileName, IReadOnlyList<ProjectionRowDocument> Rows)
{
    internal static ProjectionFileDocument From(ProjectionFile file) => new(file.FileName, [.. file.Rows.Select(ProjectionRowDocument.From)]);

    internal ProjectionFile ToDomain() => new(FileName, [.. Rows.Select(r => r.ToDomain())]);
}
