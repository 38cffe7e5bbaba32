using NascarDfs.Simulation.Calibration;

namespace NascarDfs.Simulation;

/// <summary>How to run a simulation. Defaults in <see cref="SimulationDefaults"/>.</summary>
public sealed record SimulationOptions
{
    /// <summary>Simulated races, 1 to <see cref="SimulationDefaults.MaxSimulations"/>.</summary>
    public int Simulations { get; init; } = SimulationDefaults.Simulations;

    /// <summary>The seed: the same seed gives the same races whatever <see cref="MaxDegreeOfParallelism"/>.</summary>
    public ulong Seed { get; init; } = SimulationDefaults.Seed;

    /// <summary>Threads to use, at least 1 (default: every core).</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Races per strength-fitting pass, at least 100.</summary>
    public int FitSimulations { get; init; } = SimulationDefaults.FitSimulations;

    /// <summary>Strength-fitting passes, at least 1.</summary>
    public int MaxFitIterations { get; init; } = SimulationDefaults.MaxFitIterations;

    /// <summary>Fit strengths to the projections (true) or derive them from the grid only (false: calibration, slates
    /// without projections).</summary>
    public bool FitToProjections { get; init; } = true;

    /// <summary>The race model's parameters; null: the committed <see cref="CalibrationParameters.Default"/>.</summary>
    public CalibrationParameters? Calibration { get; init; }

    /// <summary>Where to simulate the races (strengths are always fitted on the CPU): <c>auto</c> takes a GPU when one is present.</summary>
    public Gpu.SimulationDevice Device { get; init; } = Gpu.SimulationDevice.Auto;

    /// <summary>Run the GPU kernel on ILGPU's CPU accelerator whatever <see cref="Device"/> says (tests, benchmarks).</summary>
    internal bool EmulateGpu { get; init; }

    /// <summary>The last this many races of the run are left out of the final fit corrections, so the races before them
    /// are exactly those of a run of <c>Simulations − HeldOutRaces</c> (the evaluation's reference windows).</summary>
    internal int HeldOutRaces { get; init; }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first invalid option.</summary>
    public void Validate()
    {
        if (Simulations is < 1 or > SimulationDefaults.MaxSimulations)
            throw new ArgumentOutOfRangeException(nameof(Simulations), Simulations, $"Simulations must be between 1 and {SimulationDefaults.MaxSimulations:N0}.");
        if (MaxDegreeOfParallelism < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "At least one thread.");
        if (FitSimulations < 100)
            throw new ArgumentOutOfRangeException(nameof(FitSimulations), FitSimulations, "At least 100 races per fitting pass.");
        if (MaxFitIterations < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxFitIterations), MaxFitIterations, "At least one fitting pass.");
    }
}
