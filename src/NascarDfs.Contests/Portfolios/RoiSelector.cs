using NascarDfs.Contests.Evaluation;
using NascarDfs.Contests.Payouts;

namespace NascarDfs.Contests.Portfolios;

/// <summary>
/// The <c>roi</c> selection (SPEC §10): each next lineup is the candidate adding the most to the portfolio's expected
/// payout given the lineups already chosen — a candidate that finishes above an own entry pushes it down a rank,
/// and ties with own entries split — under the request's limits. A candidate's marginal gain is at most its
/// payout alone and almost always shrinks as the portfolio grows, so the selection is lazy: the best stale gain is
/// re-evaluated until the top of the queue is fresh (with <c>lazy: false</c>, every gain is re-evaluated at every
/// step). The first pick is exact: the candidate with the highest expected payout alone. Only the races where a
/// candidate could be paid are visited (its <see cref="Standing"/>); ties go to the earlier candidate.
/// </summary>
internal sealed class RoiSelector
{
    private readonly Standing[] _standings;
    private readonly PayoutTable _table;
    private readonly int _races;
    private readonly List<RaceEntry>[] _chosenByRace;
    private readonly double[] _raceTotal;
    private RaceEntry[] _scratch = new RaceEntry[16];

    public RoiSelector(Standing[] standings, PayoutTable table, int races)
    {
        _standings = standings;
        _table = table;
        _races = races;
        _chosenByRace = new List<RaceEntry>[races];
        _raceTotal = new double[races];
    }

    /// <summary>Expected payout of the chosen lineups so far.</summary>
    public double ExpectedPayout => _raceTotal.Sum() / _races;

    public List<int> Select(UInt128[] masks, IRoiLimits limits, bool lazy, CancellationToken cancellationToken)
    {
        var chosen = new List<int>();
        var queue = new PriorityQueue<int, (double Gain, int Index)>(Comparer<(double Gain, int Index)>.Create(
            (a, b) => a.Gain != b.Gain ? b.Gain.CompareTo(a.Gain) : a.Index.CompareTo(b.Index)));
        var evaluatedAt = new int[masks.Length];
        for (var k = 0; k < masks.Length; k++) queue.Enqueue(k, (Marginal(k), k));

        var parked = new List<(int, (double, int))>();
        while (chosen.Count < limits.Lineups && queue.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!lazy) Refresh(queue, masks, evaluatedAt, chosen.Count);
            var required = limits.Required();
            var pick = -1;
            while (queue.TryDequeue(out var k, out var key))
            {
                if (limits.Blocked(masks[k])) continue;
                if ((masks[k] & required) != required)
                {
                    parked.Add((k, key));
                    continue;
                }

                if (evaluatedAt[k] < chosen.Count)
                {
                    var gain = Marginal(k);
                    evaluatedAt[k] = chosen.Count;
                    if (queue.TryPeek(out var next, out var nextKey) && Before(nextKey, (gain, k)))
                    {
                        queue.Enqueue(k, (gain, k));
                        continue;
                    }

                    key = (gain, k);
                }

                pick = k;
                break;
            }

            foreach (var (k, key) in parked) queue.Enqueue(k, key);
            parked.Clear();
            if (pick < 0) break;
            chosen.Add(pick);
            limits.Accept(masks[pick]);
            Add(pick);
        }

        return chosen;
    }

    /// <summary>What adding candidate <paramref name="k"/> adds to the expected payout now.</summary>
    public double Marginal(int k)
    {
        var st = _standings[k];
        var gain = 0.0;
        for (var i = 0; i < st.Count; i++)
        {
            var race = st.Races[i];
            var entry = new RaceEntry(k, st.Scores[i], st.Above[i], st.Ties[i]);
            var list = _chosenByRace[race];
            if (list is null || list.Count == 0)
            {
                gain += _table.Share(entry.FieldAbove, entry.FieldTies + 1);
                continue;
            }

            var span = Insert(list, entry);
            gain += PayoutSplitter.Total(_table, span) - _raceTotal[race];
        }

        return gain / _races;
    }

    /// <summary>Adds candidate <paramref name="k"/> to the portfolio.</summary>
    public void Add(int k)
    {
        var st = _standings[k];
        for (var i = 0; i < st.Count; i++)
        {
            var race = st.Races[i];
            var list = _chosenByRace[race] ??= [];
            var entry = new RaceEntry(k, st.Scores[i], st.Above[i], st.Ties[i]);
            var at = 0;
            while (at < list.Count && list[at].Score > entry.Score) at++;
            list.Insert(at, entry);
            _raceTotal[race] = PayoutSplitter.Total(_table, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list));
        }
    }

    private Span<RaceEntry> Insert(List<RaceEntry> list, RaceEntry entry)
    {
        if (_scratch.Length < list.Count + 1) _scratch = new RaceEntry[2 * (list.Count + 1)];
        var n = 0;
        var placed = false;
        foreach (var e in list)
        {
            if (!placed && entry.Score > e.Score)
            {
                _scratch[n++] = entry;
                placed = true;
            }

            _scratch[n++] = e;
        }

        if (!placed) _scratch[n++] = entry;
        return _scratch.AsSpan(0, n);
    }

    private void Refresh(PriorityQueue<int, (double Gain, int Index)> queue, UInt128[] masks, int[] evaluatedAt, int step)
    {
        var items = new List<int>();
        while (queue.TryDequeue(out var k, out _)) items.Add(k);
        foreach (var k in items)
        {
            evaluatedAt[k] = step;
            queue.Enqueue(k, (Marginal(k), k));
        }

        _ = masks;
    }

    private static bool Before((double Gain, int Index) a, (double Gain, int Index) b) =>
        a.Gain != b.Gain ? a.Gain > b.Gain : a.Index < b.Index;
}
