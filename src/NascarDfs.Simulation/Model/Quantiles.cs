namespace NascarDfs.Simulation.Model;

/// <summary>Empirical distributions stored as 21 quantiles (0%, 5%, … 100%), read by linear interpolation.</summary>
internal static class Quantiles
{
    public const int Points = 21;

    /// <summary>The 21 quantiles of <paramref name="values"/> (type-7, as R and numpy compute them).</summary>
    public static double[] Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        var q = new double[Points];
        if (sorted.Length == 0) return q;
        for (var k = 0; k < Points; k++)
        {
            var h = (sorted.Length - 1) * k / (double)(Points - 1);
            var lo = (int)Math.Floor(h);
            var hi = Math.Min(lo + 1, sorted.Length - 1);
            q[k] = sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
        }

        return q;
    }

    /// <summary>The value at probability <paramref name="u"/> in [0, 1).</summary>
    public static double Read(double[] quantiles, double u)
    {
        var h = u * (quantiles.Length - 1);
        var lo = (int)h;
        if (lo >= quantiles.Length - 1) return quantiles[^1];
        return quantiles[lo] + (h - lo) * (quantiles[lo + 1] - quantiles[lo]);
    }
}
