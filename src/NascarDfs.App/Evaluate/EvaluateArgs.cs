using NascarDfs.Jobs.Handlers;

namespace NascarDfs.App.Evaluate;

/// <summary>
/// The simulator's out-of-sample evaluation as a job (<c>nascar-dfs evaluate</c>, queued): the race logs embedded as
/// they were (a re-run scores the same races after the file moves or changes), the window, simulations and seed.
/// Stored as an <see cref="EvaluateArgsDocument"/>.
/// </summary>
internal sealed record EvaluateArgs : IJobArgs
{
    /// <summary>The job kind of an evaluation.</summary>
    public static string Kind => "evaluate";

    public required string Name { get; init; }

    /// <summary>The race logs' file name, for the report.</summary>
    public required string LogsFileName { get; init; }

    /// <summary>The race logs' text (loop-data CSV).</summary>
    public required string Logs { get; init; }

    public required DateOnly From { get; init; }

    public DateOnly? To { get; init; }

    public int Sims { get; init; } = NascarDfs.Simulation.SimulationDefaults.Simulations;

    public ulong Seed { get; init; } = NascarDfs.Simulation.SimulationDefaults.Seed;

    /// <summary>Simulated races per real race while fitting the calibration before <see cref="From"/>; null for the default.</summary>
    public int? SimsPerRace { get; init; }

    /// <summary>Skip the fitting and use the committed parameters (fast; in-sample for windows they were fitted on).</summary>
    public bool CommittedCalibration { get; init; }

    /// <summary>Reference windows scored beside the real one (<see cref="NascarDfs.Simulation.Evaluation.EvaluationOptions.ReferenceWindows"/>).</summary>
    public int ReferenceWindows { get; init; }
}
