using System.Numerics;

namespace NascarDfs.Domain.Randomness;

/// <summary>
/// The project's own random generator (xoshiro256**, seeded through SplitMix64). Owned here rather than
/// <see cref="System.Random"/> so a seed gives the same numbers on every runtime version and machine
/// (SPEC §4): lineup noise is seeded by (seed, lineup index), simulations by (seed, block index).
/// A mutable struct: copy it only on purpose.
/// </summary>
public struct SeededRandom
{
    private ulong _s0, _s1, _s2, _s3;

    /// <summary>A generator for one stream of a seed (a lineup index, a block of simulations).</summary>
    public SeededRandom(ulong seed, ulong stream = 0)
    {
        var x = seed ^ (stream * 0x9E3779B97F4A7C15UL) ^ (stream << 32 | stream >> 32);
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
        if ((_s0 | _s1 | _s2 | _s3) == 0) _s0 = 1;
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        var result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = BitOperations.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform float in [0, 1) with 24 random bits.</summary>
    public float NextSingle() => (NextUInt64() >> 40) * (1.0f / (1 << 24));

    /// <summary>A uniform integer in [0, <paramref name="maxExclusive"/>).</summary>
    public int NextInt(int maxExclusive) => (int)((NextUInt64() >> 33) * (ulong)maxExclusive >> 31);

    /// <summary>A standard normal deviate (Box–Muller; uses two uniforms, no cached spare, so streams stay simple).</summary>
    public double NextNormal()
    {
        var u1 = 1.0 - NextDouble(); // (0, 1]: log is finite
        var u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>A standard Gumbel deviate: −ln(−ln U).</summary>
    public double NextGumbel()
    {
        var u = NextDouble();
        if (u <= 0) u = double.Epsilon;
        return -Math.Log(-Math.Log(u));
    }

    private static ulong SplitMix(ref ulong x)
    {
        var z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
