namespace NascarDfs.Simulation.Gpu;

/// <summary>Where the races are simulated (<c>--device</c>).</summary>
public enum SimulationDevice
{
    /// <summary>A CUDA or OpenCL GPU when one is present, else the CPU.</summary>
    Auto,

    /// <summary>The CPU path (always available).</summary>
    Cpu,

    /// <summary>A GPU; refused with a sentence when none is present.</summary>
    Gpu,
}
