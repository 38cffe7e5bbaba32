using NascarDfs.Simulation.Tracks;

namespace NascarDfs.Simulation.Calibration;

/// <summary>
/// The race model's parameters for one track type. The first group is measured directly from real races;
/// the second is fitted by simulating those races until the simulated <see cref="CalibrationMetrics"/> match.
/// Quantile arrays have 21 points (0%, 5%, … 100%) and are read by linear interpolation.
/// </summary>
public sealed record TrackTypeParameters
{
    /// <summary>The track type.</summary>
    public required TrackType Type { get; init; }

    /// <summary>Real Cup points races the parameters came from.</summary>
    public required int Races { get; init; }

    /// <summary>Typical scheduled laps (the median of the real races), for runs that give only a type.</summary>
    public required int TypicalLaps { get; init; }

    /// <summary>Quantiles of the caution-lap share of a race.</summary>
    public required double[] CautionShareQuantiles { get; init; }

    /// <summary>Crash incidents that end at least one car's race, per race (Poisson mean).</summary>
    public required double CrashesPerRace { get; init; }

    /// <summary>P(an incident takes out k cars), k = 1, 2, …; large at superspeedways ("the Big One").</summary>
    public required double[] CrashSizeProbabilities { get; init; }

    /// <summary>Quantiles of when a crash happens, as a share of the race's laps.</summary>
    public required double[] CrashTimingQuantiles { get; init; }

    /// <summary>Probability that a car retires with a mechanical failure.</summary>
    public required double MechanicalFailureRate { get; init; }

    /// <summary>Quantiles of when mechanical failures happen, as a share of the race's laps.</summary>
    public required double[] MechanicalTimingQuantiles { get; init; }

    /// <summary>Fitted: strength per unit of −ln(start) for a field known only by its grid (calibration, backtests).</summary>
    public required double GridStrength { get; init; }

    /// <summary>Fitted: laps down per unit of race performance behind the leader, for cars still running.</summary>
    public required double LapsDownScale { get; init; }

    /// <summary>Fitted: mean number of lead stints beyond the first (the race is cut into 1 + Poisson of these).</summary>
    public required double ExtraLeadStints { get; init; }

    /// <summary>Fitted: how strongly a stint's leader is drawn from the best-performing cars (weight e^{c·u}).</summary>
    public required double LeadConcentration { get; init; }

    /// <summary>Fitted: how strongly fastest laps go to the best-performing cars (weight e^{c·u}).</summary>
    public required double FastestLapConcentration { get; init; }

    /// <summary>Fitted: the grid strength is <c>−GridStrength × ln(start + GridOffset)</c>; a larger offset flattens the
    /// front of the grid (the pole sitter's edge over P2), which the pole-winner share fits.</summary>
    public double GridOffset { get; init; }

    /// <summary>Fitted: standard deviation of the late-race noise (normal, strength units) added to a car's race pace to
    /// give his finishing performance: cautions, restarts and strategy after the laps are led and the fastest laps run.
    /// Fitted to the share of races whose winner also ran the most fastest laps.</summary>
    public double LateNoise { get; init; }

    /// <summary>Fitted: the probability that a car meets trouble that does not end his race (a pit penalty, a flat tyre,
    /// damage) and drops <see cref="TroubleDrop"/> finish-noise standard deviations. Fitted (races simulated from
    /// projections) to how often the projected top five finish outside the top 20
    /// (<see cref="CalibrationMetrics.FavouritesFarBack"/>). Absent (0) in older files: none.</summary>
    public double TroubleRate { get; init; }

    /// <summary>The drop of a car in trouble, in standard deviations of the finish noise (pace and late noise together);
    /// set by the calibration options.</summary>
    public double TroubleDrop { get; init; }

    /// <summary>Fitted, 0 to 1: how much of the late noise already shows in the running order that decides lead stints
    /// (at phase t of the race, a car's key is pace + t × this × late noise). Fitted to the share of races whose winner
    /// also led the most laps.</summary>
    public double LeadLateShare { get; init; }

    /// <summary>Fitted: the race-level chaos factor's log-normal standard deviation. A race's crash and mechanical rates
    /// are multiplied by <c>e^{σz − σ²/2}</c> (mean 1), so DNFs vary from race to race as much as real ones do.</summary>
    public double ChaosSd { get; init; }

    /// <summary>Fitted: the race-level shuffle factor's log-normal standard deviation. A race's late noise is multiplied by
    /// <c>e^{σz − σ²/2}</c> (mean 1), so how far finishes stray from the grid varies from race to race as much as real
    /// ones do (fitted to the race-to-race sd of mean |place differential|). Absent (0) in older files: no shuffle.</summary>
    public double ShuffleSd { get; init; }

    /// <summary>Fitted: the race-level dominance factor's log-normal standard deviation. A race's lead and fastest-lap
    /// concentrations are multiplied by <c>e^{σz − σ²/2}</c> (mean 1): some races have a runaway car, in some the laps
    /// led are shared around (fitted to the race-to-race sd of the top leader's share of laps led). Absent (0) in older
    /// files: none.</summary>
    public double DominanceSd { get; init; }

    /// <summary>Default per-race strength shift (normal standard deviation, strength units) of a driver fitted to a
    /// projection: the projection's own uncertainty, set by <see cref="CalibratorOptions.StrengthShift"/>. A driver's
    /// projection <c>StdDev</c>, relative to the field's median, scales it.</summary>
    public double StrengthShift { get; init; }

    /// <summary>Set: the share of cars that have a hot day (their pace up by <see cref="HotCarLift"/> pace-noise standard
    /// deviations): a car off his projection's pace that day, who leads, runs the fast laps and wins together — as real
    /// surprise winners do (in 2023, 14 of the 15 real scores above the simulated p99 were winners' or runners-up').
    /// Set by <see cref="CalibratorOptions.HotCarRate"/>. Absent (0) in older files: none.</summary>
    public double HotCarRate { get; init; }

    /// <summary>Set: how far a hot day lifts a car's pace, in pace-noise standard deviations
    /// (<see cref="CalibratorOptions.HotCarLift"/>).</summary>
    public double HotCarLift { get; init; }

    /// <summary>The real races' metrics the fit aimed at.</summary>
    public required CalibrationMetrics Real { get; init; }

    /// <summary>The metrics of the fitted model on the same races.</summary>
    public required CalibrationMetrics Simulated { get; init; }
}
