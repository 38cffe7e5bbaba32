using System.Collections.Immutable;

namespace NascarDfs.Contests.Evaluation;

/// <summary>A histogram of the portfolio's profit per race: equal-width bins from the smallest to the largest profit
/// (the top bin includes its upper edge), with percentiles.</summary>
/// <param name="Edges">Bin edges in dollars, one more than bins.</param>
/// <param name="Counts">Races per bin.</param>
/// <param name="P5">5th percentile of profit.</param>
/// <param name="P50">Median profit.</param>
/// <param name="P95">95th percentile of profit.</param>
/// <param name="P99">99th percentile of profit.</param>
/// <param name="Max">Largest profit.</param>
public sealed record ProfitHistogram(ImmutableArray<double> Edges, ImmutableArray<int> Counts, double P5, double P50, double P95, double P99, double Max)
{
    /// <summary>The histogram of <paramref name="profits"/> in <paramref name="bins"/> bins.</summary>
    public static ProfitHistogram Of(double[] profits, int bins = 40)
    {
        ArgumentNullException.ThrowIfNull(profits);
        if (profits.Length == 0) return new ProfitHistogram([0, 0], [0], 0, 0, 0, 0, 0);
        var sorted = (double[])profits.Clone();
        Array.Sort(sorted);
        var lo = sorted[0];
        var hi = sorted[^1];
        var width = hi > lo ? (hi - lo) / bins : 1;
        var counts = new int[hi > lo ? bins : 1];
        foreach (var p in profits) counts[Math.Min(counts.Length - 1, (int)((p - lo) / width))]++;
        var edges = Enumerable.Range(0, counts.Length + 1).Select(i => lo + i * width).ToImmutableArray();
        double Q(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Floor(q * (sorted.Length - 1)))];
        return new ProfitHistogram(edges, [.. counts], Q(0.05), Q(0.5), Q(0.95), Q(0.99), hi);
    }
}
