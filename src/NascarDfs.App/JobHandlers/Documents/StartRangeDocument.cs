namespace NascarDfs.App.JobHandlers.Documents;

/// <summary>A starting-position range in a stored constraints object (schema v1).</summary>
public sealed record StartRangeDocument(int From, int To, int? AtLeast = null, int? AtMost = null);
