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
    public int BisectionSteps { get; init; } = 12;

    /// <summary>Fit on races strictly before this date only (null: every race of the log). The evaluation fits on
    /// races before its window.</summary>
    public DateOnly? Before { get; init; }

    /// <summary>Recency weighting: a race's weight halves every this many years before the latest race used (0: all
    /// races weigh the same).</summary>
    public double HalfLifeYears { get; init; } = 3;

    /// <summary>Extra weight of races before the 2022 (Next Gen) car, 0 to 1: the car changed cautions, lapped cars and
    /// place differential.</summary>
    public double PreNextGenWeight { get; init; } = 0.5;

    /// <summary>The default per-race strength shift of a driver fitted to a projection
    /// (<see cref="TrackTypeParameters.StrengthShift"/>). It cannot be fitted on grids alone (it is projection
    /// uncertainty), so it is set here and chosen on the evaluation of races before 2024.</summary>
    public double StrengthShift { get; init; } = 0.5;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first invalid option.</summary>
    public void Validate()
    {
        if (SimulationsPerRace < 1) throw new ArgumentOutOfRangeException(nameof(SimulationsPerRace), SimulationsPerRace, "At least 1.");
        if (MinCupRaces < 0) throw new ArgumentOutOfRangeException(nameof(MinCupRaces), MinCupRaces, "Not negative.");
        if (HalfLifeYears < 0) throw new ArgumentOutOfRangeException(nameof(HalfLifeYears), HalfLifeYears, "Not negative (0: no recency weighting).");
        if (PreNextGenWeight is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(PreNextGenWeight), PreNextGenWeight, "Between 0 and 1.");
        if (StrengthShift is < 0 or > 5) throw new ArgumentOutOfRangeException(nameof(StrengthShift), StrengthShift, "Between 0 and 5.");
        if (BisectionSteps is < 5 or > 40) throw new ArgumentOutOfRangeException(nameof(BisectionSteps), BisectionSteps, "Between 5 and 40.");
    }
}
