using System.Numerics;

namespace NascarDfs.Optimization.Search;

/// <summary>Tables of the best k values from each search position on, the pieces of the per-vector bounds.</summary>
internal static class SuffixBest
{
    /// <summary>
    /// For every position p &lt; <paramref name="positions"/> and k ≤ <paramref name="slots"/>: into[p × (slots + 1) + k]
    /// = the largest sum of k values among positions p.. (<paramref name="none"/> when fewer are left), kept with one
    /// insertion per position into a sorted list (<paramref name="kept"/>, at least <paramref name="slots"/> long).
    /// </summary>
    public static void Fill<T>(T[] into, int positions, int slots, T[] kept, T none, Func<int, T> value)
        where T : struct, INumber<T>
    {
        var stride = slots + 1;
        var count = 0;
        Array.Fill(into, none, positions * stride, stride);
        into[positions * stride] = T.Zero;
        for (var p = positions - 1; p >= 0; p--)
        {
            var v = value(p);
            if (slots > 0 && (count < slots || v > kept[slots - 1]))
            {
                var at = count < slots ? count++ : slots - 1;
                while (at > 0 && kept[at - 1] < v)
                {
                    kept[at] = kept[at - 1];
                    at--;
                }

                kept[at] = v;
            }

            var row = p * stride;
            into[row] = T.Zero;
            var sum = T.Zero;
            for (var k = 1; k <= slots; k++)
            {
                sum = k <= count ? sum + kept[k - 1] : none;
                into[row + k] = sum;
            }
        }
    }
}
