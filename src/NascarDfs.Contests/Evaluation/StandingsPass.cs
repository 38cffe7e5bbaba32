using NascarDfs.Contests.Field;
using NascarDfs.Simulation;

namespace NascarDfs.Contests.Evaluation;

/// <summary>
/// One pass over the simulated races that places every probe lineup against the whole field. Per race: score the
/// distinct field lineups once (five additions each), then find each field score's place among the probes' sorted
/// scores through a bucket table over the probes' range (a counting sort that never sorts the field), and count
/// field entries above and tied with each probe. O(field + probes·log probes) per race, parallel over blocks of
/// races, each writing only its own races, so the result does not depend on the thread count.
/// </summary>
internal static class StandingsPass
{
    private const int BlockSize = 64;

    public static Standing[] Run(
        ContestField field, float[] points, int drivers, int races, UInt128[] probes, int threshold, int threads,
        IProgress<int>? racesDone, CancellationToken cancellationToken)
    {
        if (probes.Length == 0) return [];
        var roster = probes.Length > 0 ? (int)UInt128.PopCount(probes[0]) : field.Lineups.Length > 0 ? (int)UInt128.PopCount(field.Lineups[0]) : 0;
        var fieldDrivers = Indices(field.Lineups, roster);
        var probeDrivers = Indices(probes, roster);
        var counts = field.Counts;
        var blocks = (races + BlockSize - 1) / BlockSize;
        var perBlock = new List<(int Probe, int Race, float Score, int Above, int Ties)>[blocks];
        var done = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken };
        Parallel.For(0, blocks, options, () => new Scratch(drivers, probes.Length), (block, _, s) =>
        {
            var list = perBlock[block] = [];
            var end = Math.Min(races, (block + 1) * BlockSize);
            for (var race = block * BlockSize; race < end; race++)
            {
                var row = points.AsSpan(race * drivers, drivers);
                for (var d = 0; d < drivers; d++) s.Row[d] = row[d];
                Place(s, fieldDrivers, counts, probeDrivers, roster, probes.Length);
                for (var k = 0; k < probes.Length; k++)
                {
                    var v = s.ValueOf[k];
                    if (s.Above[v] < threshold) list.Add((k, race, (float)s.ProbeScore[k], (int)s.Above[v], (int)s.Equal[v]));
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

    /// <summary>Scores the probes and the field in <see cref="Scratch.Row"/>'s race; fills Above/Equal per distinct probe value.</summary>
    private static void Place(Scratch s, byte[] fieldDrivers, int[] counts, byte[] probeDrivers, int roster, int probes)
    {
        var row = s.Row;
        for (var k = 0; k < probes; k++)
        {
            var sum = 0.0;
            for (var j = 0; j < roster; j++) sum += row[probeDrivers[k * roster + j]];
            s.ProbeScore[k] = sum;
            s.Order[k] = k;
        }

        Array.Sort(s.ProbeScore, s.Order, 0, probes);
        // Distinct values ascending; ValueOf maps a probe to its value.
        var m = 0;
        for (var i = 0; i < probes; i++)
        {
            if (m == 0 || s.ProbeScore[i] != s.Values[m - 1]) s.Values[m++] = s.ProbeScore[i];
            s.ValueOf[s.Order[i]] = m - 1;
        }

        // Restore probe-order scores for the caller.
        for (var i = 0; i < probes; i++) s.Sorted[i] = s.ProbeScore[i];
        for (var i = 0; i < probes; i++) s.ProbeScore[s.Order[i]] = s.Sorted[i];

        var lo = s.Values[0];
        var hi = s.Values[m - 1];
        var bins = s.BinStart.Length - 1;
        var scale = hi > lo ? bins / (hi - lo) : 0;
        // BinStart[b] = number of values whose bin is below b (bin is monotone in the score, so those are all below
        // any score of bin b, and values of later bins are all above it).
        Array.Clear(s.BinStart);
        for (var v = 0; v < m; v++) s.BinStart[Bin(s.Values[v], lo, scale, bins) + 1]++;
        for (var b = 1; b <= bins; b++) s.BinStart[b] += s.BinStart[b - 1];

        var hist = s.Hist;
        var equal = s.Equal;
        Array.Clear(hist, 0, m + 1);
        Array.Clear(equal, 0, m);
        var values = s.Values;
        var lineups = counts.Length;
        for (var f = 0; f < lineups; f++)
        {
            var score = 0.0;
            var at = f * roster;
            for (var j = 0; j < roster; j++) score += row[fieldDrivers[at + j]];
            if (score < lo) continue; // below every probe: beats none of them
            int p;
            if (score > hi) p = m;
            else
            {
                p = s.BinStart[Bin(score, lo, scale, bins)];
                while (p < m && values[p] < score) p++;
                if (p < m && values[p] == score) equal[p] += counts[f];
            }

            hist[p] += counts[f];
        }

        // Above[v] = field entries scoring more than value v = Σ hist[p] for p > v.
        long above = 0;
        for (var v = m - 1; v >= 0; v--)
        {
            above += hist[v + 1];
            s.Above[v] = above;
        }
    }

    private static int Bin(double score, double lo, double scale, int bins) => Math.Clamp((int)((score - lo) * scale), 0, bins - 1);

    private static byte[] Indices(UInt128[] masks, int roster)
    {
        var result = new byte[masks.Length * roster];
        for (var k = 0; k < masks.Length; k++)
        {
            var j = 0;
            for (var m = masks[k]; m != UInt128.Zero; m &= m - 1) result[k * roster + j++] = (byte)UInt128.TrailingZeroCount(m);
        }

        return result;
    }

    private sealed class Scratch(int drivers, int probes)
    {
        public double[] Row { get; } = new double[drivers];

        public double[] ProbeScore { get; } = new double[Math.Max(1, probes)];

        public double[] Sorted { get; } = new double[Math.Max(1, probes)];

        public int[] Order { get; } = new int[Math.Max(1, probes)];

        public double[] Values { get; } = new double[Math.Max(1, probes)];

        public int[] ValueOf { get; } = new int[Math.Max(1, probes)];

        public int[] BinStart { get; } = new int[Math.Max(64, 4 * probes) + 1];

        public long[] Hist { get; } = new long[probes + 1];

        public long[] Equal { get; } = new long[Math.Max(1, probes)];

        public long[] Above { get; } = new long[Math.Max(1, probes)];
    }
}
