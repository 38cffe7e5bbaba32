namespace NascarDfs.Simulation.Portfolios;

/// <summary>What a simulation portfolio maximises (SPEC §4). Command-line names in <see cref="SimulationObjectiveNames"/>.</summary>
public enum SimulationObjective
{
    /// <summary><c>sim-mean</c>: mean simulated points of each lineup.</summary>
    SimMean,

    /// <summary><c>target</c>: each lineup's probability of reaching the target score.</summary>
    Target,

    /// <summary><c>optimal</c>: how often the lineup is the optimal one across simulated races.</summary>
    Optimal,

    /// <summary><c>coverage</c>: the portfolio's probability that at least one lineup reaches the target.</summary>
    Coverage,
}
