using ILGPU;
using ILGPU.Runtime;
using ILGPU.Runtime.CPU;
using ILGPU.Runtime.Cuda;
using ILGPU.Runtime.OpenCL;

namespace NascarDfs.Simulation.Gpu;

/// <summary>
/// The process's view of its GPUs: one ILGPU context (CUDA and OpenCL devices; creating it probes the drivers once),
/// and one accelerator on the best GPU, shared by the runs of this process and used one run at a time.
/// </summary>
public static class GpuDevices
{
    private static readonly Lazy<(Context? Context, Device? Device, string? Problem)> Probe = new(Open, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lock Gate = new();
    private static Accelerator? _accelerator;

    /// <summary>The GPU's name and API ("NVIDIA H200 (Cuda)"), or null when this machine has none ILGPU can drive.</summary>
    public static string? Name => Probe.Value.Device is { } d ? $"{d.Name} ({d.AcceleratorType})" : null;

    /// <summary>True when a CUDA or OpenCL GPU is present.</summary>
    public static bool Available => Probe.Value.Device is not null;

    /// <summary>Resolves <paramref name="device"/>: whether to use the GPU. Throws <see cref="ArgumentException"/> with a
    /// sentence when a GPU is asked for and none is present.</summary>
    public static bool UseGpu(SimulationDevice device) => device switch
    {
        SimulationDevice.Cpu => false,
        SimulationDevice.Auto => Available,
        _ => Available ? true : throw new ArgumentException(
            "--device gpu needs a CUDA or OpenCL GPU, and none was found on this machine"
            + (Probe.Value.Problem is { } p ? $" ({p})" : string.Empty) + "; use --device auto or --device cpu."),
    };

    /// <summary>What <see cref="SimulationResult.Device"/> says when the GPU kernel ran on ILGPU's CPU accelerator.</summary>
    public const string EmulatedName = "ILGPU CPU accelerator (the GPU kernel, emulated)";

    /// <summary>Runs <paramref name="work"/> with the shared GPU accelerator, one caller at a time; or, when
    /// <paramref name="emulate"/>, with a CPU accelerator of its own (tests and benchmarks run the GPU kernel there).</summary>
    internal static T With<T>(bool emulate, Func<Accelerator, string, T> work)
    {
        if (emulate)
        {
            using var context = Context.Create(b => b.CPU().EnableAlgorithms());
            using var cpu = context.CreateCPUAccelerator(0);
            return work(cpu, EmulatedName);
        }

        var device = Probe.Value.Device ?? throw new InvalidOperationException("No GPU is present.");
        lock (Gate)
        {
            _accelerator ??= device.CreateAccelerator(Probe.Value.Context!);
            return work(_accelerator, Name!);
        }
    }

    private static (Context?, Device?, string?) Open()
    {
        try
        {
            var context = Context.Create(b => b.Cuda().OpenCL().EnableAlgorithms().Optimize(OptimizationLevel.O1));
            var gpu = context.Devices
                .Where(d => d.AcceleratorType is AcceleratorType.Cuda or AcceleratorType.OpenCL)
                .OrderBy(d => d.AcceleratorType == AcceleratorType.Cuda ? 0 : 1)
                .ThenByDescending(d => d.MemorySize)
                .FirstOrDefault();
            return (context, gpu, null);
        }
#pragma warning disable CA1031 // a broken driver means "no GPU", never a failed simulation
        catch (Exception e)
#pragma warning restore CA1031
        {
            return (null, null, e.Message);
        }
    }
}
