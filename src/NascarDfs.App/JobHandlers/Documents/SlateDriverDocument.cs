using NascarDfs.Domain.Slates;

namespace NascarDfs.App.JobHandlers.Documents;

/// <summary>A salary-file row as a job stores it (schema v1).</summary>
public sealed record SlateDriverDocument(string Id, string Name, int Salary, double? FileAverage, bool MarkedOut = false)
{
    internal static SlateDriverDocument From(SlateDriver d) => new(d.Id, d.Name, d.Salary, d.FileAverage, d.MarkedOut);

    internal SlateDriver ToDomain() => new(Id, Name, Salary, FileAverage, MarkedOut);
}
