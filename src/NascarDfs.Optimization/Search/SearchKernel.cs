using System.Numerics;

namespace NascarDfs.Optimization.Search;

/// <summary>
/// The one depth-first branch and bound both exact searches share (<see cref="LineupSearch"/>: one lineup of a
/// portfolio; <see cref="ScoreVectorSearch"/>: one simulated race): drivers in search order, each branch pruned by the
/// bound (<typeparamref name="TBound"/>) before it is taken, then tried against the weighted limits (a maximum
/// passed, or a minimum the remaining slots can no longer reach) and the overlaps with earlier lineups, walked, and
/// rolled back. Ties go to <see cref="DriverMask.PrecedesOnTie"/>, so every caller breaks them the same way.
/// The arrays by search position are the owner's and may be refilled between runs; the earlier lineups are fixed at
/// construction (their positions are looked up once). Not thread-safe.
/// </summary>
internal sealed class SearchKernel<TScore, TBound>
    where TScore : struct, INumber<TScore>
    where TBound : struct, ISearchBound<TScore>
{
    private readonly int _slots;
    private readonly int[] _driver;      // canonical index by search position
    private readonly TScore[] _score;    // by search position
    private readonly int[] _salary;      // by search position
    private readonly LinearLimit[] _limits;
    private readonly long[]?[] _limitTop; // per limit with a minimum: [position × (slots + 1) + k], best k weights from position on
    private readonly long[] _limitSums;
    private readonly UInt128[] _previous;
    private readonly int[][] _previousContaining; // by search position: earlier lineups holding that driver
    private readonly int[] _overlap;
    private readonly int _maxOverlap;
    private TBound _bound;
    private Incumbent<TScore> _best;
    private CancellationToken _cancellationToken;

    public SearchKernel(
        int slots, int[] driver, TScore[] score, int[] salary, LinearLimit[] limits, long[]?[] limitTop, TBound bound,
        IReadOnlyList<UInt128> previous, int maxOverlap)
    {
        _slots = slots;
        _driver = driver;
        _score = score;
        _salary = salary;
        _limits = limits;
        _limitTop = limitTop;
        _limitSums = new long[limits.Length];
        _bound = bound;
        _previous = [.. previous];
        _overlap = new int[_previous.Length];
        _maxOverlap = maxOverlap;
        var containing = new List<int>?[driver.Length];
        if (_previous.Length > 0)
        {
            var positionOf = new Dictionary<int, int>(driver.Length);
            for (var p = 0; p < driver.Length; p++) positionOf[driver[p]] = p;
            for (var k = 0; k < _previous.Length; k++)
            {
                foreach (var index in DriverMask.Indices(_previous[k]))
                {
                    if (positionOf.TryGetValue(index, out var position)) (containing[position] ??= []).Add(k);
                }
            }
        }

        _previousContaining = [.. containing.Select(c => c?.ToArray() ?? [])];
    }

    /// <summary>Nodes visited by the last run.</summary>
    public int Nodes { get; private set; }

    /// <summary>
    /// The best completion of the <paramref name="forced"/> drivers (worth <paramref name="forcedScore"/>) by
    /// <c>slots</c> more within <paramref name="budget"/>, better than <paramref name="floor"/>; false when none exists.
    /// </summary>
    public bool Run(UInt128 forced, TScore forcedScore, int budget, TScore floor, out UInt128 mask, out TScore score, CancellationToken cancellationToken)
    {
        _cancellationToken = cancellationToken;
        Nodes = 0;
        _best = new Incumbent<TScore>(floor);
        mask = default;
        score = floor;
        for (var l = 0; l < _limits.Length; l++)
        {
            var weights = _limits[l].Weights;
            var sum = 0L;
            for (var rest = forced; rest != UInt128.Zero; rest &= rest - 1) sum += weights[(int)UInt128.TrailingZeroCount(rest)];
            if (sum > (_limits[l].Max ?? long.MaxValue)) return false;
            _limitSums[l] = sum;
        }

        for (var k = 0; k < _previous.Length; k++)
        {
            _overlap[k] = DriverMask.Count(_previous[k] & forced);
            if (_overlap[k] > _maxOverlap) return false;
        }

        Walk(0, 0, forcedScore, budget, forced);
        mask = _best.Mask;
        score = _best.Score;
        return _best.Found;
    }

    private void Walk(int start, int depth, TScore score, int salaryLeft, UInt128 mask)
    {
        var need = _slots - depth;
        if (need == 0)
        {
            _best.Offer(score, mask, _limits, _limitSums);
            return;
        }

        if ((++Nodes & 0xFFF) == 0) _cancellationToken.ThrowIfCancellationRequested();
        var budget = _bound.Budget(salaryLeft);
        var last = _driver.Length - need;
        for (var j = start; j <= last; j++)
        {
            // The bound covers every completion that starts at j or later: once it cannot beat the best, stop.
            if (!_bound.TryReach(j, need, budget, out var reach) || score + reach < _best.Score) return;
            var salary = _salary[j];
            if (salary > salaryLeft) continue;
            if (!_bound.TryReach(j + 1, need - 1, _bound.Budget(salaryLeft - salary), out var rest) || score + _score[j] + rest < _best.Score) continue;
            if (!TryAdd(j, need - 1)) continue;
            Walk(j + 1, depth + 1, score + _score[j], salaryLeft - salary, mask | DriverMask.Bit(_driver[j]));
            Undo(j, _limits.Length, _previousContaining[j].Length);
        }
    }

    private bool TryAdd(int position, int stillNeeded)
    {
        var driver = _driver[position];
        var row = ((position + 1) * (_slots + 1)) + stillNeeded;
        for (var l = 0; l < _limits.Length; l++)
        {
            var sum = _limitSums[l] + _limits[l].Weights[driver];
            if (sum > (_limits[l].Max ?? long.MaxValue)) return Undo(position, l, 0);

            // A minimum the remaining slots can no longer reach (weights are non-negative): give up this branch now.
            if (_limitTop[l] is { } top && sum + top[row] < _limits[l].Min!.Value) return Undo(position, l, 0);
            _limitSums[l] = sum;
        }

        var containing = _previousContaining[position];
        for (var k = 0; k < containing.Length; k++)
        {
            if (++_overlap[containing[k]] > _maxOverlap) return Undo(position, _limits.Length, k + 1);
        }

        return true;
    }

    /// <summary>Rolls back the first <paramref name="limits"/> limit sums and <paramref name="overlaps"/> overlaps of a driver.</summary>
    private bool Undo(int position, int limits, int overlaps)
    {
        var driver = _driver[position];
        for (var l = 0; l < limits; l++) _limitSums[l] -= _limits[l].Weights[driver];
        var containing = _previousContaining[position];
        for (var k = 0; k < overlaps; k++) _overlap[containing[k]]--;
        return false;
    }
}
