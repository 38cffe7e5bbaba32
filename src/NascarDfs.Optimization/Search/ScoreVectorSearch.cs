namespace NascarDfs.Optimization.Search;

/// <summary>
/// The exact best lineup for one score vector among many (one per simulated race), under a fixed plan (excluded,
/// locked drivers, salary window, limits). A knapsack table per vector would cost more than the search, so the
/// bound here is cheap to build: the Lagrangian relaxation of the salary cap, min over a few multipliers λ
/// (λ = 0 is "the best k scores left, ignoring salary"): for any completion S within the budget,
/// Σ score(S) ≤ λ·budget + Σ top-k (score − λ·salary). Same tie-break as <see cref="LineupSearch"/>.
/// Not thread-safe: one per thread (<see cref="LineupSolver.CreateSearch"/>).
/// </summary>
public sealed class ScoreVectorSearch
{
    private static readonly double[] MultiplierScales = [0, 0.5, 1, 1.5];

    private readonly int[] _candidates;       // canonical indices
    private readonly int[] _salaryByDriver;
    private readonly int _slots;
    private readonly int _budget;
    private readonly UInt128 _forced;
    private readonly int[] _forcedDrivers;
    private readonly LinearLimit[] _limits;
    private readonly long[] _forcedLimitSums;

    // Per-call buffers, by search position.
    private readonly int[] _order;
    private readonly float[] _keys;
    private readonly double[] _score;
    private readonly int[] _salary;
    private readonly double[][] _topAdjusted; // per multiplier: [position * (slots + 1) + k]
    private readonly double[] _multipliers;
    private readonly double[] _negatedCheapest; // [position * (slots + 1) + k]: −(k cheapest salaries from position on)
    private readonly long[] _limitSums;
    private readonly int[] _minimumLimits;     // limits with a minimum: pruned by what the rest can still add
    private double[][] _limitTop = [];         // per minimum limit: [position * (slots + 1) + k] best k weights from position on
    private CancellationToken _cancellationToken;
    private int _nodes;
    private readonly double[] _kept;

    private Incumbent<double> _best;

    internal ScoreVectorSearch(IReadOnlyList<int> salaries, LineupPlan plan)
    {
        if (salaries.Count > DriverMask.MaxDrivers)
        {
            throw new ArgumentException($"Slates of more than {DriverMask.MaxDrivers} drivers are not supported.", nameof(salaries));
        }

        _salaryByDriver = [.. salaries];
        var candidates = new List<int>();
        var forced = new List<int>();
        for (var i = 0; i < salaries.Count; i++)
        {
            if (plan.Forced[i]) forced.Add(i);
            else if (!plan.Forbidden[i]) candidates.Add(i);
        }

        _candidates = [.. candidates];
        _forcedDrivers = [.. forced];
        foreach (var i in forced) _forced |= DriverMask.Bit(i);
        _slots = plan.RosterSize - forced.Count;
        _budget = plan.MaxSalary - forced.Sum(i => salaries[i]);
        _limits = [.. plan.Limits];
        _forcedLimitSums = [.. _limits.Select(l => forced.Sum(i => l.Weights[i]))];
        _limitSums = new long[_limits.Length];
        _minimumLimits = [.. Enumerable.Range(0, _limits.Length).Where(l => _limits[l].Min is not null)];

        var m = _candidates.Length;
        var width = (m + 1) * (Math.Max(_slots, 0) + 1);
        _order = new int[m];
        _keys = new float[m];
        _score = new double[m];
        _salary = new int[m];
        _multipliers = new double[MultiplierScales.Length];
        _topAdjusted = [.. MultiplierScales.Select(_ => new double[width])];
        _negatedCheapest = new double[width];
        _kept = new double[Math.Max(_slots, 1)];
        _limitTop = [.. _minimumLimits.Select(_ => new double[width])];
    }

    /// <summary>Whether any lineup can exist at all under the plan (enough drivers, budget, forced limits).</summary>
    internal bool Possible => _slots >= 0 && _budget >= 0 && _candidates.Length >= _slots
        && _limits.Select((l, i) => _forcedLimitSums[i] <= (l.Max ?? long.MaxValue)).All(x => x);

    /// <summary>The best lineup for <paramref name="scores"/> (by <see cref="LineupSolver.Drivers"/> index), or false when none exists.</summary>
    public bool TryFindBest(ReadOnlySpan<float> scores, out DriverSet lineup, out double score, CancellationToken cancellationToken = default)
    {
        var found = TryFindBest(scores, out UInt128 mask, out score, cancellationToken);
        lineup = new DriverSet(mask);
        return found;
    }

    private bool TryFindBest(ReadOnlySpan<float> scores, out UInt128 mask, out double score, CancellationToken cancellationToken)
    {
        _cancellationToken = cancellationToken;
        mask = default;
        score = 0;
        if (!Possible) return false;
        Prepare(scores);
        _best = new Incumbent<double>(double.NegativeInfinity);
        var forcedScore = 0.0;
        foreach (var i in _forcedDrivers) forcedScore += scores[i];
        Array.Copy(_forcedLimitSums, _limitSums, _limitSums.Length);
        Walk(0, 0, forcedScore, _budget, _forced);
        mask = _best.Mask;
        score = _best.Score;
        return _best.Found;
    }

    private void Prepare(ReadOnlySpan<float> scores)
    {
        var m = _candidates.Length;
        for (var p = 0; p < m; p++)
        {
            _order[p] = _candidates[p];
            _keys[p] = -scores[_candidates[p]];
        }

        Array.Sort(_keys, _order);
        double totalScore = 0, totalSalary = 0;
        for (var p = 0; p < m; p++)
        {
            _score[p] = -_keys[p];
            _salary[p] = _salaryByDriver[_order[p]];
            if (_score[p] > 0)
            {
                totalScore += _score[p];
                totalSalary += _salary[p];
            }
        }

        // Multipliers around the field's points per dollar, where the relaxation is usually tightest.
        var rate = totalSalary > 0 ? totalScore / totalSalary : 0;
        for (var x = 0; x < _multipliers.Length; x++) _multipliers[x] = rate * MultiplierScales[x];
        for (var x = 0; x < _multipliers.Length; x++) FillTopAdjusted(_topAdjusted[x], _multipliers[x]);
        for (var q = 0; q < _minimumLimits.Length; q++)
        {
            var weights = _limits[_minimumLimits[q]].Weights;
            FillSuffixBest(_limitTop[q], p => weights[_order[p]]);
        }

        FillSuffixBest(_negatedCheapest, p => -_salary[p]);
    }

    private void FillTopAdjusted(double[] top, double lambda) => FillSuffixBest(top, p => _score[p] - (lambda * _salary[p]));

    /// <summary>
    /// For every position p and k ≤ slots: the largest sum of k values among positions p.. (−∞ when fewer are left),
    /// kept with one insertion per position into a sorted list of the best <c>slots</c> values.
    /// </summary>
    private void FillSuffixBest(double[] into, Func<int, double> value)
    {
        var m = _candidates.Length;
        var stride = _slots + 1;
        var count = 0;
        Array.Fill(into, double.NegativeInfinity, m * stride, stride);
        into[m * stride] = 0;
        for (var p = m - 1; p >= 0; p--)
        {
            var v = value(p);
            if (_slots > 0 && (count < _slots || v > _kept[_slots - 1]))
            {
                var at = count < _slots ? count++ : _slots - 1;
                while (at > 0 && _kept[at - 1] < v)
                {
                    _kept[at] = _kept[at - 1];
                    at--;
                }

                _kept[at] = v;
            }

            var row = p * stride;
            into[row] = 0;
            var sum = 0.0;
            for (var k = 1; k <= _slots; k++)
            {
                sum = k <= count ? sum + _kept[k - 1] : double.NegativeInfinity;
                into[row + k] = sum;
            }
        }
    }

    private double Bound(int position, int need, int salaryLeft)
    {
        var row = (position * (_slots + 1)) + need;
        if (-_negatedCheapest[row] > salaryLeft) return double.NegativeInfinity;
        var best = double.PositiveInfinity;
        for (var x = 0; x < _multipliers.Length; x++)
        {
            var b = (_multipliers[x] * salaryLeft) + _topAdjusted[x][row];
            if (b < best) best = b;
        }

        return best;
    }

    private void Walk(int start, int depth, double score, int salaryLeft, UInt128 mask)
    {
        var need = _slots - depth;
        if (need == 0)
        {
            _best.Offer(score, mask, _limits, _limitSums);
            return;
        }

        if ((++_nodes & 0xFFF) == 0) _cancellationToken.ThrowIfCancellationRequested();
        var last = _candidates.Length - need;
        for (var j = start; j <= last; j++)
        {
            // −∞ means no completion fits the budget from here on: prune even before a first lineup is found.
            var reach = Bound(j, need, salaryLeft);
            if (double.IsNegativeInfinity(reach) || score + reach < _best.Score) return;
            var salary = _salary[j];
            if (salary > salaryLeft) continue;
            var rest = Bound(j + 1, need - 1, salaryLeft - salary);
            if (double.IsNegativeInfinity(rest) || score + _score[j] + rest < _best.Score) continue;
            var driver = _order[j];
            if (!TryAdd(driver, j, need - 1)) continue;
            Walk(j + 1, depth + 1, score + _score[j], salaryLeft - salary, mask | DriverMask.Bit(driver));
            for (var l = 0; l < _limits.Length; l++) _limitSums[l] -= _limits[l].Weights[driver];
        }
    }

    private bool TryAdd(int driver, int position, int stillNeeded)
    {
        for (var l = 0; l < _limits.Length; l++)
        {
            var sum = _limitSums[l] + _limits[l].Weights[driver];
            if (sum > (_limits[l].Max ?? long.MaxValue))
            {
                for (var u = 0; u < l; u++) _limitSums[u] -= _limits[u].Weights[driver];
                return false;
            }

            _limitSums[l] = sum;
        }

        // A minimum the remaining slots can no longer reach (weights are non-negative): give up this branch now.
        var row = ((position + 1) * (_slots + 1)) + stillNeeded;
        for (var q = 0; q < _minimumLimits.Length; q++)
        {
            var l = _minimumLimits[q];
            if (_limitSums[l] + _limitTop[q][row] < _limits[l].Min!.Value)
            {
                for (var u = 0; u < _limits.Length; u++) _limitSums[u] -= _limits[u].Weights[driver];
                return false;
            }
        }

        return true;
    }
}
