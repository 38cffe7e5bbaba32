namespace NascarDfs.App.JobHandlers.Documents;

/// <summary>A named driver group in a stored constraints object (schema v1).</summary>
public sealed record DriverGroupDocument(string Name, IReadOnlyList<string> Drivers, int? AtLeast = null, int? AtMost = null);
