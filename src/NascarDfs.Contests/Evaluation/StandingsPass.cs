using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using NascarDfs.Contests.Field;

namespace NascarDfs.Contests.Evaluation;

/// <summary>
/// One pass over the simulated races that places every probe lineup against the whole field. Per race: score the
/// distinct field lineups once from a table of driver-pair sums (eight lineups at a time with AVX2 gathers where the
/// CPU has them; the same float additions in the same order otherwise, so both paths give the same numbers); find by
/// binary search the lowest probe score that fewer than the threshold of field entries beat (only standings there
/// are kept), skip the field entries below it, and place the rest among the probes' sorted scores through a bucket
/// table (a counting sort that never sorts the field), counting field entries above and tied with each probe.
/// O(field · (roster/2 + log probes) + probes·log probes) per race, parallel over blocks of races, each writing only
/// its own races, so the result does not depend on the thread count.
/// </summary>
internal static class StandingsPass
{
    private const int BlockSize = 64;
    private const int Lanes = 8;

    public static Standing[] Run(
        ContestField field, float[] points, int drivers, int races, UInt128[] probes, int threshold, int threads,
        IProgress<int>? racesDone, CancellationToken cancellationToken) =>
        Run(field, points, drivers, races, probes, threshold, threads, racesDone, Avx2.IsSupported, cancellationToken);

    /// <summary>As above; <paramref name="vectorized"/> false forces the scalar kernel (tests compare the two).</summary>
    internal static Standing[] Run(
        ContestField field, float[] points, int drivers, int races, UInt128[] probes, int threshold, int threads,
        IProgress<int>? racesDone, bool vectorized, CancellationToken cancellationToken)
    {
        if (probes.Length == 0) return [];
        var roster = (int)UInt128.PopCount(probes[0]);
        var kernel = new Kernel(field, probes, roster, drivers, vectorized && Avx2.IsSupported);
        var blocks = (races + BlockSize - 1) / BlockSize;
        var perBlock = new List<(int Probe, int Race, float Score, int Above, int Ties)>[blocks];
        var done = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken };
        Parallel.For(0, blocks, options, () => new Scratch(drivers, probes.Length, kernel.Padded, kernel.TableSize), (block, _, s) =>
        {
            var list = perBlock[block] = [];
            var end = Math.Min(races, (block + 1) * BlockSize);
            for (var race = block * BlockSize; race < end; race++)
            {
                points.AsSpan(race * drivers, drivers).CopyTo(s.Row);
                kernel.Place(s, threshold);
                for (var k = 0; k < probes.Length; k++)
                {
                    var v = s.ValueOf[k];
                    if (s.Above[v] < threshold) list.Add((k, race, s.ProbeScore[k], (int)s.Above[v], (int)s.Equal[v]));
                }
            }

            if (racesDone is not null) racesDone.Report(Interlocked.Add(ref done, end - block * BlockSize));
            return s;
        }, _ => { });

        var sizes = new int[probes.Length];
        foreach (var list in perBlock)
        {
            foreach (var e in list) sizes[e.Probe]++;
        }

        var result = new Standing[probes.Length];
        for (var k = 0; k < probes.Length; k++) result[k] = new Standing(new int[sizes[k]], new float[sizes[k]], new int[sizes[k]], new int[sizes[k]]);
        var at = new int[probes.Length];
        foreach (var list in perBlock)
        {
            foreach (var e in list)
            {
                var st = result[e.Probe];
                var i = at[e.Probe]++;
                st.Races[i] = e.Race;
                st.Scores[i] = e.Score;
                st.Above[i] = e.Above;
                st.Ties[i] = e.Ties;
            }
        }

        return result;
    }

    /// <summary>The read-only part shared by the threads. A lineup is scored as a sum of driver pairs from a per-race
    /// table (drivers 0+1, 2+3, …, and the last alone on an odd roster), so a 6-driver lineup is three lookups; the
    /// field's pair indices are slot-major and padded to whole vectors with an index whose entry is −∞.</summary>
    private sealed class Kernel
    {
        private readonly ushort[] _field; // _field[p * Padded + f]: pair slot p of field lineup f
        private readonly ushort[] _probes; // _probes[k * pairs + p]
        private readonly int[] _counts; // padded with zeros
        private readonly int _pairs;
        private readonly int _drivers;
        private readonly int _lineups;
        private readonly bool _vectorized;

        public Kernel(ContestField field, UInt128[] probes, int roster, int drivers, bool vectorized)
        {
            _pairs = (roster + 1) / 2;
            _drivers = drivers;
            _lineups = field.Lineups.Length;
            _vectorized = vectorized;
            Padded = (_lineups + Lanes - 1) / Lanes * Lanes;
            TableSize = (drivers + 1) * (drivers + 1) + 1;
            _field = new ushort[_pairs * Padded];
            Array.Fill(_field, (ushort)(TableSize - 1));
            Span<int> picked = stackalloc int[roster];
            for (var f = 0; f < _lineups; f++)
            {
                Pairs(field.Lineups[f], picked);
                for (var p = 0; p < _pairs; p++) _field[p * Padded + f] = Pair(picked, p);
            }

            _probes = new ushort[probes.Length * _pairs];
            for (var k = 0; k < probes.Length; k++)
            {
                Pairs(probes[k], picked);
                for (var p = 0; p < _pairs; p++) _probes[k * _pairs + p] = Pair(picked, p);
            }

            _counts = new int[Padded];
            field.Counts.CopyTo(_counts, 0);
        }

        public int Padded { get; }

        public int TableSize { get; }

        /// <summary>Scores the probes and the field in <see cref="Scratch.Row"/>'s race; fills Above/Equal per distinct
        /// probe value, exact for every value fewer than <paramref name="threshold"/> field entries beat (the others get
        /// Above = <paramref name="threshold"/>).</summary>
        public void Place(Scratch s, int threshold)
        {
            var table = s.Table;
            FillTable(s.Row, table);
            var probes = s.ProbeScore.Length;
            for (var k = 0; k < probes; k++)
            {
                var sum = 0f;
                for (var p = 0; p < _pairs; p++) sum += table[_probes[k * _pairs + p]];
                s.ProbeScore[k] = sum;
                s.Sorted[k] = sum;
                s.Order[k] = k;
            }

            Array.Sort(s.Sorted, s.Order);
            // Distinct values ascending; ValueOf maps a probe to its value.
            var m = 0;
            for (var i = 0; i < probes; i++)
            {
                if (m == 0 || s.Sorted[i] != s.Values[m - 1]) s.Values[m++] = s.Sorted[i];
                s.ValueOf[s.Order[i]] = m - 1;
            }

            if (_vectorized) ScoreVectorized(table, s.FieldScore);
            else ScoreScalar(table, s.FieldScore);

            // The lowest value fewer than `threshold` field entries beat (binary search on the monotone count above);
            // field entries below it cannot change any standing that is kept.
            var first = m;
            for (int a = 0, b = m - 1; a <= b;)
            {
                var mid = (a + b) >>> 1;
                if (CountAbove(s.FieldScore, s.Values[mid]) < threshold) { first = mid; b = mid - 1; }
                else a = mid + 1;
            }

            for (var v = 0; v < Math.Min(first, m); v++)
            {
                s.Above[v] = threshold;
                s.Equal[v] = 0;
            }

            if (first == m) return;
            Histogram(s, first, m);
        }

        /// <summary>Places every field score at or above Values[first] among Values[first..m) and sets Above/Equal there.</summary>
        private void Histogram(Scratch s, int first, int m)
        {
            var values = s.Values;
            var lo = values[first];
            var hi = values[m - 1];
            var bins = s.BinStart.Length - 1;
            var scale = hi > lo ? bins / ((double)hi - lo) : 0;
            // BinStart[b] = first value index whose bin is b or more (bin is monotone in the score, so values of earlier
            // bins are all below any score of bin b, and values of later bins are all above it).
            var binStart = s.BinStart;
            Array.Clear(binStart);
            for (var v = first; v < m; v++) binStart[Bin(values[v], lo, scale, bins) + 1]++;
            binStart[0] = first;
            for (var b = 1; b <= bins; b++) binStart[b] += binStart[b - 1];
            var hist = s.Hist;
            var equal = s.Equal;
            Array.Clear(hist, first, m + 1 - first);
            Array.Clear(equal, first, m - first);
            var scores = s.FieldScore;
            var counts = _counts;

            void One(int f)
            {
                var score = scores[f];
                int p;
                if (score > hi) p = m;
                else
                {
                    p = binStart[Bin(score, lo, scale, bins)];
                    while (p < m && values[p] < score) p++;
                    if (p < m && values[p] == score) equal[p] += counts[f];
                }

                hist[p] += counts[f];
            }

            if (_vectorized)
            {
                var cut = Vector256.Create(lo);
                for (var f = 0; f < Padded; f += Lanes)
                {
                    var bits = Vector256.GreaterThanOrEqual(Vector256.LoadUnsafe(ref scores[0], (nuint)f), cut).ExtractMostSignificantBits();
                    for (; bits != 0; bits &= bits - 1) One(f + System.Numerics.BitOperations.TrailingZeroCount(bits));
                }
            }
            else
            {
                for (var f = 0; f < _lineups; f++)
                {
                    if (scores[f] >= lo) One(f);
                }
            }

            // Above[v] = field entries scoring more than value v = Σ hist[p] for p > v.
            long above = 0;
            for (var v = m - 1; v >= first; v--)
            {
                above += hist[v + 1];
                s.Above[v] = above;
            }
        }

        private long CountAbove(float[] scores, float value)
        {
            if (!_vectorized)
            {
                long n = 0;
                for (var f = 0; f < _lineups; f++)
                {
                    if (scores[f] > value) n += _counts[f];
                }

                return n;
            }

            var v = Vector256.Create(value);
            var sum = Vector256<int>.Zero;
            for (var f = 0; f < Padded; f += Lanes)
            {
                var above = Vector256.GreaterThan(Vector256.LoadUnsafe(ref scores[0], (nuint)f), v).AsInt32();
                sum += above & Vector256.LoadUnsafe(ref _counts[0], (nuint)f);
            }

            return Vector256.Sum(sum);
        }

        private void FillTable(float[] row, float[] table)
        {
            var n = _drivers;
            var stride = n + 1;
            for (var i = 0; i < n; i++)
            {
                var ri = row[i];
                var at = i * stride;
                for (var j = i + 1; j < n; j++) table[at + j] = ri + row[j];
                table[at + n] = ri;
            }
        }

        private void ScoreScalar(float[] table, float[] scores)
        {
            var padded = Padded;
            for (var f = 0; f < _lineups; f++)
            {
                var sum = 0f;
                for (var p = 0; p < _pairs; p++) sum += table[_field[p * padded + f]];
                scores[f] = sum;
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private unsafe void ScoreVectorized(float[] table, float[] scores)
        {
            var padded = Padded;
            var pairs = _pairs;
            fixed (float* t = table)
            fixed (ushort* idx = _field)
            fixed (float* output = scores)
            {
                for (var f = 0; f < padded; f += Lanes)
                {
                    var sum = Vector256<float>.Zero;
                    for (var p = 0; p < pairs; p++)
                    {
                        var at = Avx2.ConvertToVector256Int32(idx + p * padded + f);
                        sum = Avx.Add(sum, Avx2.GatherVector256(t, at, 4));
                    }

                    Avx.Store(output + f, sum);
                }
            }
        }

        private static void Pairs(UInt128 mask, Span<int> picked)
        {
            var j = 0;
            for (var m = mask; m != UInt128.Zero && j < picked.Length; m &= m - 1) picked[j++] = (int)UInt128.TrailingZeroCount(m);
        }

        private ushort Pair(Span<int> picked, int p)
        {
            var a = picked[2 * p];
            var b = 2 * p + 1 < picked.Length ? picked[2 * p + 1] : _drivers; // the odd driver out pairs with "nobody" (+0)
            return (ushort)(a * (_drivers + 1) + b);
        }
    }

    private static int Bin(float score, float lo, double scale, int bins) => Math.Clamp((int)((score - (double)lo) * scale), 0, bins - 1);

    private sealed class Scratch(int drivers, int probes, int padded, int tableSize)
    {
        public float[] Row { get; } = new float[drivers];

        // The pair sums; the last entry is the padding lanes' −∞, below every probe.
        public float[] Table { get; } = CreateTable(tableSize);

        public float[] FieldScore { get; } = new float[padded];

        public float[] ProbeScore { get; } = new float[probes];

        public float[] Sorted { get; } = new float[probes];

        public int[] Order { get; } = new int[probes];

        public float[] Values { get; } = new float[probes];

        public int[] ValueOf { get; } = new int[probes];

        public int[] BinStart { get; } = new int[Math.Max(64, 4 * probes) + 1];

        public long[] Hist { get; } = new long[probes + 1];

        public long[] Equal { get; } = new long[probes];

        public long[] Above { get; } = new long[probes];

        private static float[] CreateTable(int size)
        {
            var table = new float[size];
            table[^1] = float.NegativeInfinity;
            return table;
        }
    }
}
