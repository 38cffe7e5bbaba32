using System.Numerics;

namespace NascarDfs.Simulation.Model;

/// <summary>The kernel's per-car transcendental loops, a vector of cars at a time (log and exp are most of a race's
/// arithmetic). Results are identical for a given machine whatever the thread count.</summary>
internal static class VectorMath
{
    /// <summary>x[i] = offset[i] + scale[i]·x[i] in place.</summary>
    public static void ScaleAdd(Span<float> x, ReadOnlySpan<float> scale, ReadOnlySpan<float> offset)
    {
        var width = Vector<float>.Count;
        var i = 0;
        for (; i <= x.Length - width; i += width)
        {
            (new Vector<float>(offset[i..]) + new Vector<float>(scale[i..]) * new Vector<float>(x[i..])).CopyTo(x[i..]);
        }

        for (; i < x.Length; i++) x[i] = offset[i] + scale[i] * x[i];
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

    /// <summary>into[i] = x[i] + c·z[i].</summary>
    public static void AddScaled(ReadOnlySpan<float> x, float c, ReadOnlySpan<float> z, Span<float> into)
    {
        for (var i = 0; i < x.Length; i++) into[i] = x[i] + c * z[i];
    }
}
