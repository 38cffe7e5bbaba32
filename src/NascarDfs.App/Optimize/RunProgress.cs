namespace NascarDfs.App.Optimize;

/// <summary>How far an optimization is (0–100) and what it is doing, for bars, job progress and pages alike.</summary>
internal readonly record struct RunProgress(double Percent, string Message);
