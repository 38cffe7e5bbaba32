using System.Numerics;
using NascarDfs.Optimization.Search;

namespace NascarDfs.Simulation.Portfolios;

/// <summary>
/// For every candidate and race, whether the candidate reached the target: one bit per race, so 5,000 candidates ×
/// 20,000 races take 12.5 MB where a float score matrix would take 400 MB. Lineup sums are vectorised over races.
/// </summary>
internal sealed class HitMatrix
{
    public HitMatrix(int candidates, int races, ulong[] bits)
    {
        Candidates = candidates;
        Races = races;
        Words = (races + 63) / 64;
        if (bits.Length != candidates * Words) throw new ArgumentException("Bit matrix size does not match.", nameof(bits));
        Bits = bits;
        Hits = new int[candidates];
        for (var k = 0; k < candidates; k++) Hits[k] = Count(Row(k));
    }

    public int Candidates { get; }

    public int Races { get; }

    public int Words { get; }

    public ulong[] Bits { get; }

    /// <summary>Per candidate, races in which it reached the target.</summary>
    public int[] Hits { get; }

    public ReadOnlySpan<ulong> Row(int candidate) => Bits.AsSpan(candidate * Words, Words);

    public static HitMatrix Create(IReadOnlyList<Candidate> candidates, float[][] columns, double target, int threads, CancellationToken cancellationToken)
    {
        var races = columns.Length == 0 ? 0 : columns[0].Length;
        var words = (races + 63) / 64;
        var bits = new ulong[candidates.Count * words];
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken };
        var threshold = (float)target;
        Parallel.For(0, candidates.Count, options, () => new float[races], (k, _, sum) =>
        {
            Sum(candidates[k].Mask, columns, sum);
            var row = bits.AsSpan(k * words, words);
            for (var r = 0; r < races; r++)
            {
                if (sum[r] >= threshold) row[r >> 6] |= 1UL << (r & 63);
            }

            return sum;
        }, _ => { });
        return new HitMatrix(candidates.Count, races, bits);
    }

    /// <summary>The lineup's points in every race: a vectorised sum of its drivers' columns.</summary>
    public static void Sum(UInt128 mask, float[][] columns, float[] into)
    {
        Array.Clear(into);
        var width = Vector<float>.Count;
        foreach (var c in DriverMask.Indices(mask))
        {
            var column = columns[c];
            var r = 0;
            for (; r <= into.Length - width; r += width)
            {
                (new Vector<float>(into, r) + new Vector<float>(column, r)).CopyTo(into, r);
            }

            for (; r < into.Length; r++) into[r] += column[r];
        }
    }

    public static int Count(ReadOnlySpan<ulong> row)
    {
        var count = 0;
        foreach (var word in row) count += BitOperations.PopCount(word);
        return count;
    }

    /// <summary>Races the row would add to <paramref name="covered"/>.</summary>
    public static int Gain(ReadOnlySpan<ulong> row, ReadOnlySpan<ulong> covered)
    {
        var gain = 0;
        for (var w = 0; w < row.Length; w++) gain += BitOperations.PopCount(row[w] & ~covered[w]);
        return gain;
    }
}
