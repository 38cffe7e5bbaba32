namespace NascarDfs.Optimization.Search;

/// <summary>
/// The exact best lineup for one score vector among many (one per simulated race), under a fixed plan (excluded,
/// locked drivers, salary window, limits): the <see cref="SearchKernel{TScore, TBound}"/> with a
/// <see cref="LagrangianBound"/>, since a knapsack table per vector would cost more than the search. Same tie-break
/// as <see cref="LineupSearch"/>. Not thread-safe: one per thread (<see cref="LineupSolver.CreateSearch"/>).
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
    private readonly bool _possible;

    // Per-vector buffers by search position, shared with the kernel and the bound.
    private readonly int[] _order;
    private readonly float[] _keys;
    private readonly double[] _score;
    private readonly int[] _salary;
    private readonly double[] _multipliers;
    private readonly double[][] _topAdjusted;
    private readonly double[] _negatedCheapest;
    private readonly long[]?[] _limitTop;
    private readonly double[] _kept;
    private readonly long[] _keptWeights;
    private readonly SearchKernel<double, LagrangianBound> _kernel;

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
        _possible = _slots >= 0 && _budget >= 0 && _candidates.Length >= _slots
            && _limits.All(l => forced.Sum(i => l.Weights[i]) <= (l.Max ?? long.MaxValue));

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
        _keptWeights = new long[Math.Max(_slots, 1)];
        _limitTop = [.. _limits.Select(l => l.Min is null ? null : new long[width])];
        _kernel = new SearchKernel<double, LagrangianBound>(
            Math.Max(_slots, 0), _order, _score, _salary, _limits, _limitTop,
            new LagrangianBound(_multipliers, _topAdjusted, _negatedCheapest, Math.Max(_slots, 0)), [], plan.RosterSize);
    }

    /// <summary>The best lineup for <paramref name="scores"/> (by <see cref="LineupSolver.Drivers"/> index), or false when none exists.</summary>
    public bool TryFindBest(ReadOnlySpan<float> scores, out DriverSet lineup, out double score, CancellationToken cancellationToken = default)
    {
        lineup = default;
        score = 0;
        if (!_possible) return false;
        Prepare(scores);
        var forcedScore = 0.0;
        foreach (var i in _forcedDrivers) forcedScore += scores[i];
        if (!_kernel.Run(_forced, forcedScore, _budget, double.NegativeInfinity, out var mask, out score, cancellationToken)) return false;
        lineup = new DriverSet(mask);
        return true;
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
        for (var x = 0; x < _multipliers.Length; x++)
        {
            var lambda = _multipliers[x];
            SuffixBest.Fill(_topAdjusted[x], m, _slots, _kept, double.NegativeInfinity, p => _score[p] - (lambda * _salary[p]));
        }

        for (var l = 0; l < _limits.Length; l++)
        {
            if (_limitTop[l] is not { } top) continue;
            var weights = _limits[l].Weights;
            SuffixBest.Fill(top, m, _slots, _keptWeights, SearchTables.Unreachable, p => weights[_order[p]]);
        }

        SuffixBest.Fill(_negatedCheapest, m, _slots, _kept, double.NegativeInfinity, p => -_salary[p]);
    }
}
