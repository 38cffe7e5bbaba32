namespace NascarDfs.Optimization.Search;

/// <summary>
/// The exact single-lineup search: branch and bound over drivers in score order, bounded by a knapsack table
/// (the best score k drivers of the remaining ones can reach within the remaining salary, ignoring every
/// other rule). The table makes the bound exact for salary-only problems, so the first lineup is found almost
/// without backtracking; rules (limits, overlap with earlier lineups) prune partial lineups as they grow.
/// Scores are fixed-point integers, so sums are exact and ties are broken identically everywhere
/// (<see cref="DriverMask.PrecedesOnTie"/>). Memory is the table (drivers × slots × budget steps), never the
/// lineups: millions of possible lineups are searched, none stored.
/// </summary>
internal sealed class LineupSearch
{
    private const long Unreachable = long.MinValue / 4;

    // The budget is split into at most this many steps; with DraftKings' and FanDuel's $100 salary steps a
    // $50,000 cap is 500 steps, exact. Coarser steps keep the bound valid (salaries are rounded down).
    private const int MaxBudgetSteps = 4000;

    private readonly int[] _salary;

    public LineupSearch(IReadOnlyList<int> salaries)
    {
        if (salaries.Count > DriverMask.MaxDrivers)
        {
            throw new ArgumentException($"Slates of more than {DriverMask.MaxDrivers} drivers are not supported.", nameof(salaries));
        }

        _salary = [.. salaries];
    }

    public int DriverCount => _salary.Length;

    /// <summary>Finds the best lineup allowed by <paramref name="plan"/> under <paramref name="scores"/>, or null.</summary>
    public SearchOutcome? FindBest(LineupPlan plan, ReadOnlySpan<long> scores, CancellationToken cancellationToken = default)
    {
        var run = SearchRun.Create(this, plan, scores, cancellationToken);
        return run?.Execute();
    }

    /// <summary>One search: the per-lineup tables and the depth-first walk.</summary>
    private sealed class SearchRun
    {
        private readonly int[] _candidates;     // canonical indices in search order
        private readonly long[] _score;         // by search position
        private readonly int[] _salary;         // by search position
        private readonly int[] _steps;          // salary in budget steps, by search position
        private readonly long[] _table;         // [position, slots, steps] best reachable score
        private readonly int _slots;
        private readonly int _budgetSteps;
        private readonly int _stepSize;
        private readonly LinearLimit[] _limits;
        private readonly long[] _limitSums;
        private readonly long[][] _limitSuffixTop; // [limit][position * (slots + 1) + k]: top-k weights from position on
        private readonly int[][] _previousContaining; // by search position: indices of earlier lineups holding the driver
        private readonly int[] _overlap;
        private readonly int _maxOverlap;
        private readonly CancellationToken _cancellationToken;
        private long _bestScore = Unreachable;
        private UInt128 _bestMask;
        private bool _found;
        private int _nodes;

        private SearchRun(int[] candidates, long[] score, int[] salary, int slots, int budget, LineupPlan plan,
            long baseScore, UInt128 forcedMask, CancellationToken cancellationToken)
        {
            _candidates = candidates;
            _score = score;
            _salary = salary;
            _slots = slots;
            _cancellationToken = cancellationToken;
            BaseScore = baseScore;
            ForcedMask = forcedMask;
            Budget = budget;

            var gcd = budget;
            foreach (var s in salary) gcd = Gcd(gcd, s);
            _stepSize = Math.Max(Math.Max(gcd, 1), (budget + MaxBudgetSteps - 1) / MaxBudgetSteps);
            _budgetSteps = budget / _stepSize;
            _steps = new int[salary.Length];
            for (var i = 0; i < salary.Length; i++) _steps[i] = salary[i] / _stepSize;
            _table = BuildTable();

            _limits = [.. plan.Limits];
            _limitSums = new long[_limits.Length];
            _limitSuffixTop = new long[_limits.Length][];
            for (var l = 0; l < _limits.Length; l++)
            {
                foreach (var i in DriverMask.Indices(forcedMask)) _limitSums[l] += _limits[l].Weights[i];
                _limitSuffixTop[l] = SuffixTop(_limits[l].Weights);
            }

            _maxOverlap = Math.Min(plan.MaxOverlap, plan.RosterSize - 1);
            _overlap = new int[plan.Previous.Count];
            var containing = new List<int>[candidates.Length];
            for (var p = 0; p < plan.Previous.Count; p++)
            {
                _overlap[p] = DriverMask.Count(plan.Previous[p] & forcedMask);
            }

            var positionOf = new Dictionary<int, int>(candidates.Length);
            for (var i = 0; i < candidates.Length; i++) positionOf[candidates[i]] = i;
            for (var p = 0; p < plan.Previous.Count; p++)
            {
                foreach (var index in DriverMask.Indices(plan.Previous[p]))
                {
                    if (positionOf.TryGetValue(index, out var position)) (containing[position] ??= []).Add(p);
                }
            }

            _previousContaining = [.. containing.Select(c => c?.ToArray() ?? [])];
        }

        private long BaseScore { get; }

        private UInt128 ForcedMask { get; }

        private int Budget { get; }

        public static SearchRun? Create(LineupSearch search, LineupPlan plan, ReadOnlySpan<long> scores, CancellationToken cancellationToken)
        {
            var n = search.DriverCount;
            var forcedMask = UInt128.Zero;
            long forcedScore = 0;
            var forcedSalary = 0;
            var forcedCount = 0;
            var candidates = new List<int>(n);
            for (var i = 0; i < n; i++)
            {
                if (plan.Forced[i])
                {
                    forcedMask |= DriverMask.Bit(i);
                    forcedScore += scores[i];
                    forcedSalary += search._salary[i];
                    forcedCount++;
                }
                else if (!plan.Forbidden[i])
                {
                    candidates.Add(i);
                }
            }

            var slots = plan.RosterSize - forcedCount;
            var budget = plan.MaxSalary - forcedSalary;
            if (slots < 0 || budget < 0 || candidates.Count < slots) return null;

            // Search order: best score first (good incumbents early), then canonical index, so the walk is the same everywhere.
            var scoreCopy = scores.ToArray();
            candidates.Sort((a, b) => scoreCopy[a] != scoreCopy[b] ? scoreCopy[b].CompareTo(scoreCopy[a]) : a.CompareTo(b));
            var order = candidates.ToArray();
            var candidateScores = order.Select(i => scoreCopy[i]).ToArray();
            var candidateSalaries = order.Select(i => search._salary[i]).ToArray();
            var run = new SearchRun(order, candidateScores, candidateSalaries, slots, budget, plan, forcedScore, forcedMask, cancellationToken);
            return run.ForcedFeasible() ? run : null;
        }

        public SearchOutcome? Execute()
        {
            Walk(0, 0, BaseScore, Budget, ForcedMask);
            return _found ? new SearchOutcome(_bestMask, _bestScore, _nodes) : null;
        }

        private bool ForcedFeasible()
        {
            for (var l = 0; l < _limits.Length; l++)
            {
                if (_limitSums[l] > (_limits[l].Max ?? long.MaxValue)) return false;
            }

            foreach (var o in _overlap)
            {
                if (o > _maxOverlap) return false;
            }

            return true;
        }

        private void Walk(int start, int depth, long score, int salaryLeft, UInt128 mask)
        {
            var need = _slots - depth;
            if (need == 0)
            {
                Leaf(score, mask);
                return;
            }

            if ((++_nodes & 0x3FFF) == 0) _cancellationToken.ThrowIfCancellationRequested();

            var last = _candidates.Length - need;
            var steps = Math.Min(salaryLeft / _stepSize, _budgetSteps);
            for (var j = start; j <= last; j++)
            {
                // The table bounds every completion that starts at j or later: once it cannot reach the best, stop.
                var reach = _table[TableIndex(j, need, steps)];
                if (reach == Unreachable || score + reach < _bestScore) return;

                var salary = _salary[j];
                if (salary > salaryLeft) continue;
                var rest = _table[TableIndex(j + 1, need - 1, Math.Min((salaryLeft - salary) / _stepSize, _budgetSteps))];
                if (rest == Unreachable || score + _score[j] + rest < _bestScore) continue;
                if (!TryAdd(j, need - 1))
                {
                    continue;
                }

                Walk(j + 1, depth + 1, score + _score[j], salaryLeft - salary, mask | DriverMask.Bit(_candidates[j]));
                Remove(j);
            }
        }

        private void Leaf(long score, UInt128 mask)
        {
            for (var l = 0; l < _limits.Length; l++)
            {
                if (_limitSums[l] < (_limits[l].Min ?? long.MinValue)) return;
            }

            if (!_found || score > _bestScore || (score == _bestScore && DriverMask.PrecedesOnTie(mask, _bestMask)))
            {
                _found = true;
                _bestScore = score;
                _bestMask = mask;
            }
        }

        private bool TryAdd(int position, int stillNeeded)
        {
            var driver = _candidates[position];
            for (var l = 0; l < _limits.Length; l++)
            {
                var sum = _limitSums[l] + _limits[l].Weights[driver];
                if (sum > (_limits[l].Max ?? long.MaxValue)) return Undo(position, l, 0);
                if (_limits[l].Min is { } min && sum + _limitSuffixTop[l][((position + 1) * (_slots + 1)) + stillNeeded] < min)
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

        /// <summary>Rolls back a partial <see cref="TryAdd"/>: the first <paramref name="limits"/> limits and overlaps.</summary>
        private bool Undo(int position, int limits, int overlaps)
        {
            var driver = _candidates[position];
            for (var l = 0; l < limits; l++) _limitSums[l] -= _limits[l].Weights[driver];
            var containing = _previousContaining[position];
            for (var k = 0; k < overlaps; k++) _overlap[containing[k]]--;
            return false;
        }

        private void Remove(int position) => Undo(position, _limits.Length, _previousContaining[position].Length);

        private int TableIndex(int position, int slots, int steps) => (((position * (_slots + 1)) + slots) * (_budgetSteps + 1)) + steps;

        private long[] BuildTable()
        {
            var m = _candidates.Length;
            var width = _budgetSteps + 1;
            var table = new long[(m + 1) * (_slots + 1) * width];
            Array.Fill(table, Unreachable);
            Array.Fill(table, 0L, TableIndex(m, 0, 0), width);
            for (var i = m - 1; i >= 0; i--)
            {
                var w = _steps[i];
                var s = _score[i];
                Array.Fill(table, 0L, TableIndex(i, 0, 0), width);
                var maxSlots = Math.Min(_slots, m - i);
                for (var k = 1; k <= maxSlots; k++)
                {
                    var skip = TableIndex(i + 1, k, 0);
                    var take = TableIndex(i + 1, k - 1, 0);
                    var into = TableIndex(i, k, 0);
                    for (var b = 0; b < w && b < width; b++) table[into + b] = table[skip + b];
                    for (var b = w; b < width; b++)
                    {
                        var without = table[skip + b];
                        var previous = table[take + b - w];
                        var with = previous == Unreachable ? Unreachable : previous + s;
                        table[into + b] = with > without ? with : without;
                    }
                }
            }

            return table;
        }

        private long[] SuffixTop(long[] weightsByDriver)
        {
            var m = _candidates.Length;
            var top = new long[(m + 1) * (_slots + 1)];
            var suffix = new List<long>(m);
            for (var i = m - 1; i >= 0; i--)
            {
                suffix.Add(weightsByDriver[_candidates[i]]);
                suffix.Sort((a, b) => b.CompareTo(a));
                long sum = 0;
                for (var k = 1; k <= _slots; k++)
                {
                    if (k <= suffix.Count) sum += suffix[k - 1];
                    top[(i * (_slots + 1)) + k] = sum;
                }
            }

            return top;
        }

        private static int Gcd(int a, int b)
        {
            while (b != 0) (a, b) = (b, a % b);
            return Math.Abs(a);
        }
    }
}
