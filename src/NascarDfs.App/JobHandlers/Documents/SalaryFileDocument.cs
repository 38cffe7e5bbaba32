using NascarDfs.Domain.Slates;

namespace NascarDfs.App.JobHandlers.Documents;

/// <summary>The salary file embedded in a job (schema v1), so a re-run gives the same answer after the file moves.</summary>
public sealed record SalaryFileDocument(string Site, string FileName, string? RaceName, IReadOnlyList<SlateDriverDocument> Drivers)
{
    internal static SalaryFileDocument From(SalaryFile file) =>
        new(StoredNames.Of(file.Site), file.FileName, file.RaceName, [.. file.Drivers.Select(SlateDriverDocument.From)]);

    internal SalaryFile ToDomain() => new(StoredNames.ToSite(Site), FileName, RaceName, [.. Drivers.Select(d => d.ToDomain())]);
}
