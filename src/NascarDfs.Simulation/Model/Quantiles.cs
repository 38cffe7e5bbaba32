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

    /// <summary>The 21 quantiles of weighted values: the type-7 rule on the weights' cumulative share (equal weights give
    /// <see cref="Of(IEnumerable{double})"/>).</summary>
    public static double[] Of(IReadOnlyList<(double Value, double Weight)> values)
    {
        var sorted = values.Where(v => v.Weight > 0).OrderBy(v => v.Value).ToArray();
        var q = new double[Points];
        if (sorted.Length == 0) return q;
        if (sorted.Length == 1) { Array.Fill(q, sorted[0].Value); return q; }
        // Position of each value on [0, 1]: the middle of its weight, stretched so the first sits at 0 and the last at 1.
        var total = sorted.Sum(v => v.Weight);
        var at = new double[sorted.Length];
        var cum = 0.0;
        for (var k = 0; k < sorted.Length; k++)
        {
            at[k] = (cum + 0.5 * sorted[k].Weight) / total;
            cum += sorted[k].Weight;
        }

        double first = at[0], last = at[^1];
        for (var k = 0; k < at.Length; k++) at[k] = last > first ? (at[k] - first) / (last - first) : k / (double)(at.Length - 1);
        var j = 0;
        for (var p = 0; p < Points; p++)
        {
            var u = p / (double)(Points - 1);
            while (j < at.Length - 2 && at[j + 1] < u) j++;
            var span = at[j + 1] - at[j];
            var f = span > 0 ? Math.Clamp((u - at[j]) / span, 0, 1) : 0;
            q[p] = sorted[j].Value + f * (sorted[j + 1].Value - sorted[j].Value);
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
