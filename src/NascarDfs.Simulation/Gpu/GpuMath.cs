using ILGPU.Algorithms;

namespace NascarDfs.Simulation.Gpu;

/// <summary>The math the race kernel uses, through ILGPU.Algorithms' <see cref="XMath"/> so that every backend
/// (CUDA, OpenCL, the CPU accelerator) compiles it.</summary>
internal static class GpuMath
{
    public static float Log(float x) => XMath.Log(x);

    public static double Log(double x) => XMath.Log(x);

    public static float Exp(float x) => XMath.Exp(x);

    public static double Exp(double x) => XMath.Exp(x);

    public static float Sqrt(float x) => XMath.Sqrt(x);

    public static double Sqrt(double x) => XMath.Sqrt(x);

    public static float Sin(float x) => XMath.Sin(x);

    public static float Cos(float x) => XMath.Cos(x);

    public static double Cos(double x) => XMath.Cos(x);

    public static double Floor(double x) => XMath.Floor(x);

    /// <summary>Rounds half away from zero (the CPU path's <c>Math.Round</c> rounds half to even: they differ only at exact halves).</summary>
    public static double Round(double x) => x >= 0 ? XMath.Floor(x + 0.5) : -XMath.Floor(-x + 0.5);
}
