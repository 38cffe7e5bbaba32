using NascarDfs.Simulation.Calibration;
using NascarDfs.Simulation.Projections;

namespace NascarDfs.Simulation.Evaluation;

/// <summary>How <see cref="RaceEvaluator"/> runs. Only <see cref="From"/> is required.</summary>
/// <param name="From">The window's first race date: the model is calibrated, and the baseline fitted, on races before it.</param>
public sealed record EvaluationOptions(DateOnly From)
{
    /// <summary>The window's last race date (inclusive); null: to the end of the logs.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Simulated races per real race, 100 to <see cref="SimulationDefaults.MaxSimulations"/>.</summary>
    public int Simulations { get; init; } = SimulationDefaults.Simulations;

    /// <summary>The seed; each race runs with a seed derived from it and the race date, so a race's simulation does not
    /// depend on the window around it.</summary>
    public ulong Seed { get; init; } = SimulationDefaults.Seed;

    /// <summary>Threads the simulator may use, at least 1.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Parameters to use as they are (no fitting). Null (the default): fit them on the races before
    /// <see cref="From"/>. Give a file only to iterate fast: a file fitted on the window is in-sample.</summary>
    public CalibrationParameters? Calibration { get; init; }

    /// <summary>How the calibration is fitted when <see cref="Calibration"/> is null.</summary>
    public CalibratorOptions Calibrator { get; init; } = new();

    /// <summary>How the history projections are made.</summary>
    public HistoryProjectorOptions Projector { get; init; } = new();

    /// <summary>Refit the projector's per-type grid weights and front-of-grid bonuses (<see cref="HistoryProjector.FitGrid"/>)
    /// on the races before <see cref="From"/> (the default): the defaults were fitted on every race of the bundled logs,
    /// the window's included.</summary>
    public bool FitGrid { get; init; } = true;

    /// <summary>Years before <see cref="From"/> the normal baseline's σ are fitted on, 1 to 10.</summary>
    public int BaselineYears { get; init; } = 2;

    /// <summary>Reference windows, 0 (the default) to <see cref="MaxReferenceWindows"/>: each scores the model against
    /// races drawn from the model itself (one more simulated race per real race, from the same fitted strengths), so
    /// the bars it misses there are misses a perfect model makes on a window of this size. The model's own scores do
    /// not change: its simulated races are the same with or without them.</summary>
    public int ReferenceWindows { get; init; }

    /// <summary>The most reference windows one evaluation runs.</summary>
    public const int MaxReferenceWindows = 100;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first invalid option.</summary>
    public void Validate()
    {
        if (To is { } to && to < From) throw new ArgumentOutOfRangeException(nameof(To), to, $"--to {to:yyyy-MM-dd} is before --from {From:yyyy-MM-dd}.");
        if (Simulations is < 100 or > SimulationDefaults.MaxSimulations)
            throw new ArgumentOutOfRangeException(nameof(Simulations), Simulations, $"Simulations must be between 100 and {SimulationDefaults.MaxSimulations:N0}.");
        if (ReferenceWindows is < 0 or > MaxReferenceWindows)
            throw new ArgumentOutOfRangeException(nameof(ReferenceWindows), ReferenceWindows, $"Reference windows must be between 0 and {MaxReferenceWindows}.");
        if (Simulations + ReferenceWindows > SimulationDefaults.MaxSimulations)
            throw new ArgumentOutOfRangeException(nameof(ReferenceWindows), ReferenceWindows, $"Simulations plus reference windows must be at most {SimulationDefaults.MaxSimulations:N0}.");
        if (MaxDegreeOfParallelism < 1) throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "At least one thread.");
        if (BaselineYears is < 1 or > 10) throw new ArgumentOutOfRangeException(nameof(BaselineYears), BaselineYears, "Between 1 and 10 years.");
        Calibrator.Validate();
        Projector.Validate();
    }
}
