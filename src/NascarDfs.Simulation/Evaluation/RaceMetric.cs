namespace NascarDfs.Simulation.Evaluation;

/// <summary>A race metric's mean and race-to-race spread, real against simulated.</summary>
/// <param name="Name">The metric.</param>
/// <param name="Races">Real races where it is defined (laps-led metrics skip races whose laps led exceed the laps).</param>
/// <param name="RealMean">Mean over real races.</param>
/// <param name="RealSd">Race-to-race standard deviation of the real races.</param>
/// <param name="SimMean">Mean over every simulated race.</param>
/// <param name="SimSd">Standard deviation over every simulated race.</param>
public sealed record RaceMetric(string Name, int Races, double RealMean, double RealSd, double SimMean, double SimSd)
{
    /// <summary>SimSd / RealSd (null when the real races do not vary).</summary>
    public double? SdRatio => RealSd > 0 ? Math.Round(SimSd / RealSd, 3) : null;
}
