namespace NascarDfs.Optimization.Portfolio;

/// <summary>A driver's exposure range across a portfolio, in percent (0–100) of the lineups requested.</summary>
public sealed record ExposureLimit(double? Min = null, double? Max = null);
