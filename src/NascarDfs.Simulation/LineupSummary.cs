namespace NascarDfs.Simulation;

/// <summary>A lineup's simulated points distribution; <see cref="TargetProbability"/> is P(points ≥ target), 0–1.</summary>
public sealed record LineupSummary(double Mean, double StdDev, double P90, double P99, double? Target, double? TargetProbability);
