namespace NascarDfs.Simulation.Calibration;

/// <summary>How <see cref="Calibrator"/> fits the model.</summary>
public sealed record CalibratorOptions
{
    /// <summary>Simulations of each real race per evaluation, at least 1. 20 × ~100 races per type puts the
    /// Monte Carlo error of every metric well under the tolerances the tests use.</summary>
    public int SimulationsPerRace { get; init; } = 20;

    /// <summary>The seed of the fitting simulations.</summary>
    public ulong Seed { get; init; } = 2019;

    /// <summary>Below this many clean Cup races, a type is topped up with the other series' races (dirt).</summary>
    public int MinCupRaces { get; init; } = 10;

    /// <summary>Bisection steps per fitted parameter, 5 to 40.</summary>
    public int BisectionSteps { get; init; } = 16;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first invalid option.</summary>
    public void Validate()
    {
        if (SimulationsPerRace < 1) throw new ArgumentOutOfRangeException(nameof(SimulationsPerRace), SimulationsPerRace, "At least 1.");
        if (MinCupRaces < 0) throw new ArgumentOutOfRangeException(nameof(MinCupRaces), MinCupRaces, "Not negative.");
        if (BisectionSteps is < 5 or > 40) throw new ArgumentOutOfRangeException(nameof(BisectionSteps), BisectionSteps, "Between 5 and 40.");
    }
}
