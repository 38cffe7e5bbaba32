namespace NascarDfs.Simulation.Model;

/// <summary>
/// Fits each car's strength so his mean simulated points match his projection scaled to the field's total.
/// Every pass simulates the same races (common random numbers: same seed, a stream per race), so the means move
/// smoothly with the strengths and a per-driver Newton step with a smoothed secant slope converges in a few passes.
/// </summary>
internal sealed class StrengthFitter
{
    // e^10 to 1 odds between two cars: beyond any real field's spread, and quick to reach for a hopeless target.
    private const float MaxStrength = 10f;
    private const double DefaultSlope = 6.0; // points per unit of strength, mid-field, when the field is flat
    private const double MinSecantMove = 0.05;
    private const double MaxStep = 2.0;
    private const double MinSlope = 1.0;
    private const double MaxSlope = 40.0;
    private const double Damping = 0.9;

    // Aim at a third of the reported tolerance (2% or 0.5 points) on the fitting races, so the check on the run's
    // own races has room for their sampling noise.
    private const double FitTolerance = 0.35;
    private const int StallPasses = 4;

    private readonly RaceKernel _kernel;
    private readonly double[] _projections;
    private readonly double[] _slopes;
    private readonly double[] _previousS;
    private readonly double[] _previousM;
    private bool _hasPrevious;
    private double _bestTotal = double.MaxValue;
    private double _baseScale = 1;
    private int _stalledPasses;

    public StrengthFitter(RaceKernel kernel, double[] projections)
    {
        _kernel = kernel;
        _projections = projections;
        var n = kernel.Cars;
        _slopes = new double[n];
        _previousS = new double[n];
        _previousM = new double[n];
        var mean = projections.Average();
        var sd = Math.Sqrt(projections.Sum(p => (p - mean) * (p - mean)) / n);
        for (var i = 0; i < n; i++) kernel.Strengths[i] = sd > 0 ? (float)(1.5 * (projections[i] - mean) / sd) : 0f;
    }

    public double ScaleFactor { get; private set; } = 1;

    public double FieldTotal { get; private set; }

    public double[] Targets { get; private set; } = [];

    public int Passes { get; private set; }

    /// <summary>Takes the means of a pass; returns true when every car is on target (or the fit has stalled), else
    /// moves the strengths.
    /// <paramref name="tolerance"/> scales the 2% / 0.5-point tolerance.</summary>
    public bool Step(double[] means, double tolerance = FitTolerance)
    {
        var n = means.Length;
        var s = _kernel.Strengths;
        if (Passes++ == 0)
        {
            // The field's total barely depends on strengths (finishing points and laps are fixed, place
            // differential sums to zero), so the first pass measures it and the projections are scaled to it.
            FieldTotal = means.Sum();
            var projected = _projections.Sum();
            _baseScale = projected > 0 ? FieldTotal / projected : 1;
            Targets = _projections.Select(p => p * _baseScale).ToArray();
            Array.Fill(_slopes, InitialSlope(s, means));
        }

        // A driver pinned at a strength bound is asking for what the model cannot give (a back-marker projected below
        // the points his grid slot guarantees, a 0 for a rookie). His extra (or missing) points come out of the
        // fixed field total, so the others are rescaled to what is left, and he no longer blocks convergence; the
        // report names him. A fit whose remaining misses stop shrinking stops.
        var pinned = new bool[n];
        double pinnedPoints = 0, freeProjection = 0;
        for (var i = 0; i < n; i++)
        {
            pinned[i] = Math.Abs(s[i]) >= MaxStrength - 1e-3 && Math.Sign(_baseScale * _projections[i] - means[i]) == Math.Sign(s[i]);
            if (pinned[i]) pinnedPoints += means[i];
            else freeProjection += _projections[i];
        }

        ScaleFactor = freeProjection > 0 && pinnedPoints > 0 ? (FieldTotal - pinnedPoints) / freeProjection : _baseScale;
        for (var i = 0; i < n; i++) Targets[i] = _projections[i] * (pinned[i] ? _baseScale : ScaleFactor);

        var total = 0.0;
        var converged = true;
        for (var i = 0; i < n; i++)
        {
            if (pinned[i]) continue;
            var miss = Math.Abs(means[i] - Targets[i]) / Math.Max(0.5, 0.02 * Math.Abs(Targets[i]));
            total += Math.Max(0, miss - tolerance);
            if (miss > tolerance) converged = false;
        }

        if (converged) return true;
        if (total < 0.98 * _bestTotal) (_bestTotal, _stalledPasses) = (total, 0);
        else if (++_stalledPasses >= StallPasses) return true;
        for (var i = 0; i < n; i++)
        {
            // A secant over a small move is mostly noise (finishing orders change in steps), and others'
            // strengths move too: only larger moves update the slope, smoothed and kept within plausible bounds.
            var ds = s[i] - _previousS[i];
            if (_hasPrevious && Math.Abs(ds) > MinSecantMove)
            {
                // A flat or negative secant means the driver is saturating (or noise): the floor lets him move fast
                // to the bound where he is recognised as pinned.
                var secant = Math.Clamp((means[i] - _previousM[i]) / ds, MinSlope, MaxSlope);
                _slopes[i] = 0.5 * _slopes[i] + 0.5 * secant;
            }

            _previousS[i] = s[i];
            _previousM[i] = means[i];
            var step = Math.Clamp(Damping * (Targets[i] - means[i]) / _slopes[i], -MaxStep, MaxStep);
            s[i] = Math.Clamp((float)(s[i] + step), -MaxStrength, MaxStrength);
        }

        _hasPrevious = true;
        return false;
    }

    /// <summary>Forget the last pass's means: the next pass measures other races, so a secant across them is noise.</summary>
    public void ChangeRaces()
    {
        _hasPrevious = false;
        _bestTotal = double.MaxValue;
        _stalledPasses = 0;
    }

    /// <summary>The field-wide least-squares slope of points on strength: every driver's first slope.</summary>
    private static double InitialSlope(float[] strengths, double[] means)
    {
        var n = means.Length;
        double ms = strengths.Average(x => (double)x), mm = means.Average(), cov = 0, var = 0;
        for (var i = 0; i < n; i++)
        {
            cov += (strengths[i] - ms) * (means[i] - mm);
            var += (strengths[i] - ms) * (strengths[i] - ms);
        }

        return var > 1e-9 ? Math.Clamp(cov / var, MinSlope, MaxSlope) : DefaultSlope;
    }
}
