namespace NascarDfs.Jobs.Handlers;

/// <summary>A progress report: 0–100 and a short message.</summary>
public readonly record struct JobProgress(int Percent, string? Message);
