namespace NascarDfs.Optimization.Portfolio;

/// <summary>How often a driver appears in a portfolio; <see cref="Percent"/> is 0–100 of the lineups requested.</summary>
public sealed record DriverExposure(int Count, double Percent);
