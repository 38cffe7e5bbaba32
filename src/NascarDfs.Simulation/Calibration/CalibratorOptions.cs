using NascarDfs.Simulation.Projections;

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

    /// <summary>The per-race strength shift of a driver fitted to a projection (<see cref="TrackTypeParameters.StrengthShift"/>),
    /// every type: set, not fitted. On the 2023 validation window (calibrated before 2023) 0.2 / 0.5 / 1.0 gave a CRPS
    /// skill over the normal of 2.0 / 2.4 / 2.1%, and a per-type fit to the central-80% coverage of the calibration races
    /// came out no better (CRPS 12.371 vs 12.368), so the simpler fixed value stays.</summary>
    public double StrengthShift { get; init; } = 0.5;

    /// <summary>The share of cars with a hot day (<see cref="TrackTypeParameters.HotCarRate"/>), every type, 0 to 0.2: set, not
    /// fitted. On the 2023 validation window (calibrated before 2023) 5% × 1.5 / 3% × 2.5 / 2% × 4 pace sds gave CRPS
    /// 12.295 / 12.298 / 12.290 against 12.304 without, and real points above the simulated p99 1.21 / 1.21 / 0.91%
    /// against 1.14%: rare, large hot days are what the winners' tail needs.</summary>
    public double HotCarRate { get; init; } = 0.02;

    /// <summary>How far a hot day lifts a car's pace (<see cref="TrackTypeParameters.HotCarLift"/>), in pace-noise standard
    /// deviations, 0 to 10.</summary>
    public double HotCarLift { get; init; } = 4;

    /// <summary>How far a car in trouble drops (<see cref="TrackTypeParameters.TroubleDrop"/>), in finish-noise standard
    /// deviations, 0 to 10: the rate is fitted, the size set (from a contender to the back half).</summary>
    public double TroubleDrop { get; init; } = 5;

    /// <summary>How the calibration races are projected (the history projector, earlier races only): the behavioural
    /// parameters are fitted on races simulated as the evaluation and the product simulate them, with strengths fitted
    /// to projections, not on strengths read off the grid.</summary>
    public HistoryProjectorOptions Projector { get; init; } = new();

    /// <summary>A race is simulated from projections only when the log holds at least this many days of Cup races
    /// before it (earlier ones project every driver as a newcomer); the others count for the grid-only parameters.</summary>
    public int ProjectionHistoryDays { get; init; } = 365;

    /// <summary>Below this many projected races a type (dirt) is fitted from grid strengths alone.</summary>
    public int MinProjectedRaces { get; init; } = 8;

    /// <summary>Simulations per pass of the strength fit of each projected race.</summary>
    public int FitSimulations { get; init; } = 1000;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first invalid option.</summary>
    public void Validate()
    {
        if (SimulationsPerRace < 1) throw new ArgumentOutOfRangeException(nameof(SimulationsPerRace), SimulationsPerRace, "At least 1.");
        if (MinCupRaces < 0) throw new ArgumentOutOfRangeException(nameof(MinCupRaces), MinCupRaces, "Not negative.");
        if (HalfLifeYears < 0) throw new ArgumentOutOfRangeException(nameof(HalfLifeYears), HalfLifeYears, "Not negative (0: no recency weighting).");
        if (PreNextGenWeight is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(PreNextGenWeight), PreNextGenWeight, "Between 0 and 1.");
        if (StrengthShift is < 0 or > 5) throw new ArgumentOutOfRangeException(nameof(StrengthShift), StrengthShift, "Between 0 and 5.");
        if (HotCarRate is < 0 or > 0.2) throw new ArgumentOutOfRangeException(nameof(HotCarRate), HotCarRate, "Between 0 and 0.2.");
        if (HotCarLift is < 0 or > 10) throw new ArgumentOutOfRangeException(nameof(HotCarLift), HotCarLift, "Between 0 and 10.");
        if (TroubleDrop is < 0 or > 10) throw new ArgumentOutOfRangeException(nameof(TroubleDrop), TroubleDrop, "Between 0 and 10.");
        if (ProjectionHistoryDays < 0) throw new ArgumentOutOfRangeException(nameof(ProjectionHistoryDays), ProjectionHistoryDays, "Not negative.");
        if (MinProjectedRaces < 1) throw new ArgumentOutOfRangeException(nameof(MinProjectedRaces), MinProjectedRaces, "At least 1.");
        if (FitSimulations is < 100 or > 100_000) throw new ArgumentOutOfRangeException(nameof(FitSimulations), FitSimulations, "Between 100 and 100,000.");
        Projector.Validate();
        if (BisectionSteps is < 5 or > 40) throw new ArgumentOutOfRangeException(nameof(BisectionSteps), BisectionSteps, "Between 5 and 40.");
    }
}
