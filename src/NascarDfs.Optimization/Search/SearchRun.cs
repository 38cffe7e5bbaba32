namespace NascarDfs.Optimization.Search;

/// <summary>One depth-first search over prepared <see cref="SearchTables"/>, with this lineup's limits and overlaps.</summary>
internal sealed class SearchRun
{
    private readonly SearchTables _t;
    private readonly LinearLimit[] _limits;
    private readonly long[] _limitSums;
    private readonly long[][] _limitSuffixTop;
    private readonly int[][] _previousContaining; // by search position: earlier lineups holding that driver
    private readonly int[] _overlap;
    private readonly int _maxOverlap;
    private readonly UInt128 _forced;
    private readonly long _forcedScore;
    private readonly CancellationToken _cancellationToken;
    private Incumbent<long> _best = new(SearchTables.Unreachable);
    private int _nodes;

    public SearchRun(SearchTables tables, LineupPlan plan, UInt128 forced, long forcedScore, CancellationToken cancellationToken)
    {
        _t = tables;
        _forced = forced;
        _forcedScore = forcedScore;
        _cancellationToken = cancellationToken;
        _limits = [.. plan.Limits];
        _limitSums = new long[_limits.Length];
        _limitSuffixTop = new long[_limits.Length][];
        for (var l = 0; l < _limits.Length; l++)
        {
            foreach (var i in DriverMask.Indices(forced)) _limitSums[l] += _limits[l].Weights[i];
            _limitSuffixTop[l] = tables.SuffixTop(_limits[l]);
        }

        _maxOverlap = Math.Min(plan.MaxOverlap, plan.RosterSize - 1);
        _overlap = new int[plan.Previous.Count];
        var containing = new List<int>?[tables.Candidates.Length];
        for (var p = 0; p < plan.Previous.Count; p++)
        {
            _overlap[p] = DriverMask.Count(plan.Previous[p] & forced);
            foreach (var index in DriverMask.Indices(plan.Previous[p]))
            {
                var position = tables.PositionOf[index];
                if (position >= 0) (containing[position] ??= []).Add(p);
            }
        }

        _previousContaining = [.. containing.Select(c => c?.ToArray() ?? [])];
    }

    public SearchOutcome? Execute()
    {
        if (!ForcedFeasible()) return null;
        Walk(0, 0, _forcedScore, _t.Budget, _forced);
        return _best.Found ? new SearchOutcome(_best.Mask, _best.Score, _nodes) : null;
    }

    private bool ForcedFeasible()
    {
        for (var l = 0; l < _limits.Length; l++)
        {
            if (_limitSums[l] > (_limits[l].Max ?? long.MaxValue)) return false;
        }

        return _overlap.All(o => o <= _maxOverlap);
    }

    private void Walk(int start, int depth, long score, int salaryLeft, UInt128 mask)
    {
        var need = _t.Slots - depth;
        if (need == 0)
        {
            _best.Offer(score, mask, _limits, _limitSums);
            return;
        }

        if ((++_nodes & 0x3FFF) == 0) _cancellationToken.ThrowIfCancellationRequested();

        var table = _t.Table;
        var last = _t.Candidates.Length - need;
        var steps = Math.Min(salaryLeft / _t.StepSize, _t.BudgetSteps);
        for (var j = start; j <= last; j++)
        {
            // The table bounds every completion that starts at j or later: once it cannot reach the best, stop.
            var reach = table[_t.TableIndex(j, need, steps)];
            if (reach == SearchTables.Unreachable || score + reach < _best.Score) return;

            var salary = _t.Salary[j];
            if (salary > salaryLeft) continue;
            var rest = table[_t.TableIndex(j + 1, need - 1, Math.Min((salaryLeft - salary) / _t.StepSize, _t.BudgetSteps))];
            if (rest == SearchTables.Unreachable || score + _t.Score[j] + rest < _best.Score) continue;
            if (!TryAdd(j, need - 1)) continue;

            Walk(j + 1, depth + 1, score + _t.Score[j], salaryLeft - salary, mask | DriverMask.Bit(_t.Candidates[j]));
            Undo(j, _limits.Length, _previousContaining[j].Length);
        }
    }

    private bool TryAdd(int position, int stillNeeded)
    {
        var driver = _t.Candidates[position];
        for (var l = 0; l < _limits.Length; l++)
        {
            var sum = _limitSums[l] + _limits[l].Weights[driver];
            if (sum > (_limits[l].Max ?? long.MaxValue)) return Undo(position, l, 0);
            if (_limits[l].Min is { } min && sum + _limitSuffixTop[l][((position + 1) * (_t.Slots + 1)) + stillNeeded] < min)
            {
                return Undo(position, l, 0);
            }

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
        var driver = _t.Candidates[position];
        for (var l = 0; l < limits; l++) _limitSums[l] -= _limits[l].Weights[driver];
        var containing = _previousContaining[position];
        for (var k = 0; k < overlaps; k++) _overlap[containing[k]]--;
        return false;
    }
}
