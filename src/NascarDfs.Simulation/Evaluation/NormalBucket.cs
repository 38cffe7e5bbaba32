namespace NascarDfs.Simulation.Evaluation;

/// <summary>The normal baseline's standard deviation for projections in [<paramref name="Lower"/>, <paramref name="Upper"/>).</summary>
/// <param name="Lower">Lowest projection of the bucket.</param>
/// <param name="Upper">Upper edge (exclusive; null for the last, open bucket).</param>
/// <param name="Cases">Pre-window driver-races it was fitted on.</param>
/// <param name="StdDev">The root mean square of (real − projection) in the bucket.</param>
public sealed record NormalBucket(double Lower, double? Upper, int Cases, double StdDev);
