namespace NascarDfs.Simulation.Gpu;

/// <summary>
/// <see cref="NascarDfs.Domain.Randomness.SeededRandom"/> (xoshiro256**, SplitMix64-seeded by seed and stream) written
/// with the operations a GPU kernel can compile: the same seed and stream give the same numbers on either path.
/// </summary>
internal struct GpuRandom
{
    private ulong _s0, _s1, _s2, _s3;

    public GpuRandom(ulong seed, ulong stream)
    {
        var x = seed ^ (stream * 0x9E3779B97F4A7C15UL) ^ (stream << 32 | stream >> 32);
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
        if ((_s0 | _s1 | _s2 | _s3) == 0) _s0 = 1;
    }

    public ulong NextUInt64()
    {
        var result = Rotate(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = Rotate(_s3, 45);
        return result;
    }

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public float NextSingle() => (NextUInt64() >> 40) * (1.0f / (1 << 24));

    /// <summary>Uniform on (0, 1), never 0 or 1: the kernel's <c>Uniform</c>.</summary>
    public float NextOpenSingle() => ((NextUInt64() >> 40) + 0.5f) * (1.0f / (1 << 24));

    public int NextInt(int maxExclusive) => (int)((NextUInt64() >> 33) * (ulong)maxExclusive >> 31);

    public double NextNormal()
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return GpuMath.Sqrt(-2.0 * GpuMath.Log(u1)) * GpuMath.Cos(2.0 * Math.PI * u2);
    }

    private static ulong Rotate(ulong x, int k) => (x << k) | (x >> (64 - k));

    private static ulong SplitMix(ref ulong x)
    {
        var z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
