using System.Numerics;
using NascarDfs.Optimization.Search;

namespace NascarDfs.Simulation.Portfolios;

/// <summary>
/// For every candidate and race, whether the candidate reached the target: one bit per race, so 5,000 candidates ×
/// 20,000 races take 12.5 MB where a float score matrix would take 400 MB. Lineup sums are vectorised over races.
/// </summary>
internal sealed class HitMatrix
{
    private readonly float[][] _columns;
    private readonly float _threshold;
    private readonly List<int> _hits;
    private ulong[] _bits;

    private HitMatrix(int candidates, int races, ulong[] bits, float[][] columns, float threshold)
    {
        Candidates = candidates;
        Races = races;
        Words = (races + 63) / 64;
        if (bits.Length != candidates * Words) throw new ArgumentException("Bit matrix size does not match.", nameof(bits));
        _bits = bits;
        _columns = columns;
        _threshold = threshold;
        _hits = new List<int>(candidates);
        for (var k = 0; k < candidates; k++) _hits.Add(Count(Row(k)));
    }

    public int Candidates { get; private set; }

    public int Races { get; }

    public int Words { get; }

    /// <summary>Races in which the candidate reached the target.</summary>
    public int Hits(int candidate) => _hits[candidate];

    public ReadOnlySpan<ulong> Row(int candidate) => _bits.AsSpan(candidate * Words, Words);

    /// <summary>Adds a row for a candidate appended to the pool during selection; returns its index.</summary>
    public int Add(UInt128 mask)
    {
        if ((Candidates + 1) * Words > _bits.Length) Array.Resize(ref _bits, Math.Max(Words, _bits.Length * 2));
        var sum = new float[Races];
        Sum(mask, _columns, sum);
        var row = _bits.AsSpan(Candidates * Words, Words);
        row.Clear();
        for (var r = 0; r < Races; r++)
        {
            if (sum[r] >= _threshold) row[r >> 6] |= 1UL << (r & 63);
        }

        _hits.Add(Count(row));
        return Candidates++;
    }

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
        return new HitMatrix(candidates.Count, races, bits, columns, threshold);
    }

    /// <summary>The lineup's points in every race: a vectorised sum of its drivers' columns.</summary>
    public static void Sum(UInt128 mask, float[][] columns, float[] into)
    {
        Array.Clear(into);
        var width = Vector<float>.Count;
        foreach (var c in new DriverSet(mask).Indices())
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
