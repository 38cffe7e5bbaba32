using System.Collections.Immutable;

namespace NascarDfs.Simulation.Evaluation;

/// <summary>How well per-driver point distributions matched the real points (each driver of each race is a case).</summary>
/// <param name="Cases">Driver-races scored.</param>
/// <param name="Coverage80">Share of real points inside the forecast's p10–p90 (nominal 0.80).</param>
/// <param name="AboveP99">Share of real points above the forecast's p99 (nominal 0.01).</param>
/// <param name="PitDeciles">Share of real points in each decile of the forecast (PIT histogram; nominal 0.10 each).</param>
/// <param name="Crps">Mean continuous ranked probability score, in points (lower is better).</param>
public sealed record DistributionScores(int Cases, double Coverage80, double AboveP99, ImmutableArray<double> PitDeciles, double Crps);
