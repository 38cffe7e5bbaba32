namespace NascarDfs.App.JobHandlers.Documents;

/// <summary>A driver's exposure range in a stored constraints object, percent 0–100 (schema v1).</summary>
public sealed record ExposureRangeDocument(double? Min = null, double? Max = null);
