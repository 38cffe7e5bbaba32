namespace NascarDfs.Simulation;

/// <summary>How well the simulation reproduces one driver's projection after scaling (SPEC §5).</summary>
/// <param name="DriverId">The driver.</param>
/// <param name="Name">His name.</param>
/// <param name="Projection">The user's projection.</param>
/// <param name="Target">The projection × the run's scale factor: what the fit aims at.</param>
/// <param name="SimulatedMean">The driver's mean simulated points in the run.</param>
/// <param name="Strength">The fitted strength (Plackett–Luce log-odds scale).</param>
public sealed record DriverFit(string DriverId, string Name, double Projection, double Target, double SimulatedMean, double Strength)
{
    /// <summary>The tolerance: 2% of the target or 0.5 points, whichever is larger.</summary>
    public double Tolerance => Math.Max(0.5, 0.02 * Math.Abs(Target));

    /// <summary>Whether the simulated mean is within <see cref="Tolerance"/> of the target.</summary>
    public bool WithinTolerance => Math.Abs(SimulatedMean - Target) <= Tolerance;
}
