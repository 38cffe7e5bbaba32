using System.Numerics;

namespace NascarDfs.Simulation.Model;

/// <summary>The kernel's per-car transcendental loops, a vector of cars at a time (log and exp are most of a race's
/// arithmetic). Results are identical for a given machine whatever the thread count.</summary>
internal static class VectorMath
{
    /// <summary>performance[i] = strength[i] − ln(−ln u[i]) in place (u in (0, 1)): a Gumbel draw around the strength.</summary>
    public static void Gumbel(Span<float> uniformsToPerformance, ReadOnlySpan<float> strengths)
    {
        var width = Vector<float>.Count;
        var i = 0;
        for (; i <= uniformsToPerformance.Length - width; i += width)
        {
            var u = new Vector<float>(uniformsToPerformance[i..]);
            var s = new Vector<float>(strengths[i..]);
            (s - Vector.Log(-Vector.Log(u))).CopyTo(uniformsToPerformance[i..]);
        }

        for (; i < uniformsToPerformance.Length; i++)
        {
            uniformsToPerformance[i] = strengths[i] - MathF.Log(-MathF.Log(uniformsToPerformance[i]));
        }
    }

    /// <summary>into[i] = e^{c·(x[i] − top)}.</summary>
    public static void ScaledExp(ReadOnlySpan<float> x, float c, float top, Span<float> into)
    {
        var width = Vector<float>.Count;
        var i = 0;
        var vc = new Vector<float>(c);
        var vt = new Vector<float>(top);
        for (; i <= x.Length - width; i += width)
        {
            Vector.Exp(vc * (new Vector<float>(x[i..]) - vt)).CopyTo(into[i..]);
        }

        for (; i < x.Length; i++) into[i] = MathF.Exp(c * (x[i] - top));
    }

    /// <summary>Box–Muller in place: uniforms (0, 1) u1, u2 become two independent standard normals.</summary>
    public static void Normals(Span<float> u1ToNormal, Span<float> u2ToNormal)
    {
        var width = Vector<float>.Count;
        var i = 0;
        var minusTwo = new Vector<float>(-2f);
        var twoPi = new Vector<float>(2f * MathF.PI);
        for (; i <= u1ToNormal.Length - width; i += width)
        {
            var r = Vector.SquareRoot(minusTwo * Vector.Log(new Vector<float>(u1ToNormal[i..])));
            var (sin, cos) = Vector.SinCos(twoPi * new Vector<float>(u2ToNormal[i..]));
            (r * cos).CopyTo(u1ToNormal[i..]);
            (r * sin).CopyTo(u2ToNormal[i..]);
        }

        for (; i < u1ToNormal.Length; i++)
        {
            var r = MathF.Sqrt(-2f * MathF.Log(u1ToNormal[i]));
            var (sin, cos) = MathF.SinCos(2f * MathF.PI * u2ToNormal[i]);
            u1ToNormal[i] = r * cos;
            u2ToNormal[i] = r * sin;
        }
    }

    /// <summary>x[i] += scale[i]·z[i].</summary>
    public static void AddScaled(Span<float> x, ReadOnlySpan<float> scale, ReadOnlySpan<float> z)
    {
        for (var i = 0; i < x.Length; i++) x[i] += scale[i] * z[i];
    }

    /// <summary>into[i] = x[i] + c·z[i].</summary>
    public static void AddScaled(ReadOnlySpan<float> x, float c, ReadOnlySpan<float> z, Span<float> into)
    {
        for (var i = 0; i < x.Length; i++) into[i] = x[i] + c * z[i];
    }
}
