namespace NascarDfs.App.Optimize;

/// <summary>A lineup's simulated points: mean, spread, tail, P(score ≥ target) (0–1), share of races it was optimal in.</summary>
public sealed record SimulatedLineupStats(
    double Mean, double StdDev, double P90, double P99, double? TargetProbability, double OptimalShare, ScoreHistogram Histogram);
