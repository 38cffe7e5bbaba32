namespace NascarDfs.Simulation;

/// <summary>Defaults of <see cref="SimulationOptions"/>.</summary>
public static class SimulationDefaults
{
    /// <summary>Simulated races per run.</summary>
    public const int Simulations = 10_000;

    /// <summary>The seed when none is given.</summary>
    public const ulong Seed = 20_190_217;

    /// <summary>Races per fitting pass: enough that a driver's mean is within about 0.2 points (SE ≈ 12/√4000).</summary>
    public const int FitSimulations = 4_000;

    /// <summary>Fitting passes before giving up on drivers whose projection the model cannot reach.</summary>
    public const int MaxFitIterations = 40;

    /// <summary>Races per random-number block: results do not depend on the thread count because each block has its
    /// own stream, whichever thread runs it.</summary>
    public const int BlockSize = 256;

    /// <summary>The most simulations one run may hold: the product's one limit, <see cref="Domain.Limits.InputLimits.SimulationsPerRequest"/>.</summary>
    public const int MaxSimulations = Domain.Limits.InputLimits.SimulationsPerRequest;
}
