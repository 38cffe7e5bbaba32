namespace NascarDfs.Simulation.Evaluation;

/// <summary>One starter of an evaluated race: his projection, what he really scored and where it fell in his simulated
/// points (DraftKings), beside the normal baseline's CRPS. A user finds here which drivers the model missed and how.</summary>
/// <param name="Name">Driver name as the race logs spell it.</param>
/// <param name="Start">Starting position.</param>
/// <param name="Finish">Real finishing position.</param>
/// <param name="Projection">The history projection he was simulated from.</param>
/// <param name="RealPoints">His real DraftKings points.</param>
/// <param name="SimMean">Simulated points: mean.</param>
/// <param name="SimP10">Simulated points: 10th percentile.</param>
/// <param name="SimP50">Simulated points: median.</param>
/// <param name="SimP90">Simulated points: 90th percentile.</param>
/// <param name="SimP99">Simulated points: 99th percentile.</param>
/// <param name="Pit">The real points' PIT among the simulated ones (ties spread evenly): 0.995 is above nearly every race.</param>
/// <param name="WinProbability">Simulated P(win).</param>
/// <param name="Crps">The simulator's CRPS for him.</param>
/// <param name="NormalCrps">The normal baseline's.</param>
public sealed record EvaluatedDriver(
    string Name, int Start, int Finish, double Projection, double RealPoints, double SimMean, double SimP10, double SimP50, double SimP90,
    double SimP99, double Pit, double WinProbability, double Crps, double NormalCrps)
{
    /// <summary>Whether his real points fell inside the simulated p10–p90 (what the coverage counts).</summary>
    public bool Covered => DistributionAccumulator.Covered(SimP10, SimP90, RealPoints);
}
