using NascarDfs.Optimization.Portfolio;
using NascarDfs.Optimization.Search;

namespace NascarDfs.Simulation.Portfolios;

/// <summary>
/// Greedy selection among candidates. <c>sim-mean</c>, <c>target</c> and <c>optimal</c> score each candidate alone
/// and take the best allowed one at each step; <c>coverage</c> takes the candidate that adds the most races reaching
/// the target (lazy greedy: a candidate's gain only shrinks as races get covered, so a stale gain is an upper bound).
/// Without limits that is the classic (1 − 1/e) approximation of the best portfolio of the pool. Ties go to the
/// higher mean, then the earlier candidate, so a request gives the same portfolio everywhere. When no candidate is
/// allowed any more, <c>refill</c> may supply one (the best allowed lineup by mean) before it stops.
/// </summary>
internal static class PortfolioSelector
{
    public static List<int> Select(
        IReadOnlyList<Candidate> candidates, HitMatrix hits, SimulationObjective objective, PortfolioLimits limits, CancellationToken cancellationToken,
        Func<PortfolioLimits, int?>? refill = null)
    {
        var chosen = new List<int>();
        var covered = new ulong[hits.Words];
        var queue = new PriorityQueue<int, (long Gain, double Mean, int Index)>(Comparer<(long Gain, double Mean, int Index)>.Create(
            (a, b) => a.Gain != b.Gain ? b.Gain.CompareTo(a.Gain) : a.Mean != b.Mean ? b.Mean.CompareTo(a.Mean) : a.Index.CompareTo(b.Index)));
        for (var k = 0; k < candidates.Count; k++) queue.Enqueue(k, (Static(candidates[k], hits, objective, k), candidates[k].Mean, k));

        var parked = new List<int>(); // allowed later perhaps, but not holding every driver the next lineup needs
        // Not while the queue lasts: when every candidate is spent, the refill may still supply the next lineup.
        while (chosen.Count < limits.Lineups)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var required = limits.Required();
            var pick = -1;
            while (queue.TryDequeue(out var k, out var key))
            {
                var lineup = new DriverSet(candidates[k].Mask);
                if (limits.Blocked(lineup)) continue;
                if (!lineup.ContainsAll(required))
                {
                    parked.Add(k);
                    continue;
                }

                if (objective == SimulationObjective.Coverage)
                {
                    var gain = HitMatrix.Gain(hits.Row(k), covered);
                    if (gain < key.Gain && queue.TryPeek(out _, out var next) && Before(next, (gain, key.Mean, k)))
                    {
                        queue.Enqueue(k, (gain, key.Mean, k));
                        continue;
                    }
                }

                pick = k;
                break;
            }

            foreach (var k in parked) queue.Enqueue(k, (Current(candidates[k], hits, objective, covered, k), candidates[k].Mean, k));
            parked.Clear();
            if (pick < 0 && refill?.Invoke(limits) is { } added && limits.Allows(new DriverSet(candidates[added].Mask))) pick = added;
            if (pick < 0) break;
            chosen.Add(pick);
            limits.Accept(new DriverSet(candidates[pick].Mask));
            var row = hits.Row(pick);
            for (var w = 0; w < covered.Length; w++) covered[w] |= row[w];
        }

        return chosen;
    }

    private static bool Before((long Gain, double Mean, int Index) a, (long Gain, double Mean, int Index) b) =>
        a.Gain != b.Gain ? a.Gain > b.Gain : a.Mean != b.Mean ? a.Mean > b.Mean : a.Index < b.Index;

    private static long Static(Candidate c, HitMatrix hits, SimulationObjective objective, int k) => objective switch
    {
        SimulationObjective.SimMean => 0, // the tie-break (mean) decides
        SimulationObjective.Target or SimulationObjective.Coverage => hits.Hits(k),
        SimulationObjective.Optimal => c.OptimalCount,
        _ => throw new ArgumentOutOfRangeException(nameof(objective), objective, null),
    };

    private static long Current(Candidate c, HitMatrix hits, SimulationObjective objective, ulong[] covered, int k) =>
        objective == SimulationObjective.Coverage ? HitMatrix.Gain(hits.Row(k), covered) : Static(c, hits, objective, k);
}
