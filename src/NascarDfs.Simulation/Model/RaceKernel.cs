using NascarDfs.Domain.Randomness;
using NascarDfs.Domain.Scoring;
using NascarDfs.Simulation.Calibration;

namespace NascarDfs.Simulation.Model;

/// <summary>
/// Simulates one race of a fixed field into a <see cref="RaceScratch"/>: no allocation, no per-lap loop
/// (a race costs O(N log N) whatever its laps), so 10,000 races of 40 cars take tens of milliseconds.
/// </summary>
internal sealed class RaceKernel
{
    private const int MaxDrawTries = 8;
    private readonly TrackTypeParameters _p;
    private readonly double[] _crashSizeCumulative;
    private readonly float[] _finishPoints;
    private const int Phases = 4;
    private readonly float _placeDiff, _lapLed, _fastestLap, _lapCompleted, _lateNoise, _troubleRate, _troubleDrop, _hotRate, _hotLift;
    private readonly double _shuffleSd, _dominanceSd;
    private readonly float[] _paceScale;

    public RaceKernel(TrackTypeParameters parameters, int laps, int[] starts, float[] strengths, ScoringTable scoring, float[]? shifts = null)
    {
        _p = parameters;
        Laps = laps;
        Starts = starts;
        Strengths = strengths;
        Cars = starts.Length;
        Shifts = shifts ?? new float[Cars];
        _paceScale = Shifts.Select(x => MathF.Sqrt(1 + x * x)).ToArray();
        _lateNoise = (float)parameters.LateNoise;
        _troubleRate = (float)parameters.TroubleRate;
        _troubleDrop = (float)parameters.TroubleDrop;
        _hotRate = (float)parameters.HotCarRate;
        _hotLift = (float)parameters.HotCarLift;
        _shuffleSd = parameters.ShuffleSd;
        _dominanceSd = parameters.DominanceSd;
        _crashSizeCumulative = Cumulative(parameters.CrashSizeProbabilities);
        _finishPoints = new float[Cars];
        for (var i = 0; i < Cars; i++) _finishPoints[i] = (float)scoring.PointsForFinish(i + 1);
        _placeDiff = (float)scoring.PlaceDifferentialPerPosition;
        _lapLed = (float)scoring.PointsPerLapLed;
        _fastestLap = (float)scoring.PointsPerFastestLap;
        _lapCompleted = (float)scoring.PointsPerLapCompleted;
    }

    public int Cars { get; }

    public int Laps { get; }

    /// <summary>Official starting positions, per car.</summary>
    public int[] Starts { get; }

    /// <summary>Strength per car (in units of the pace noise's standard deviation); the fitter adjusts it in place.</summary>
    public float[] Strengths { get; }

    /// <summary>Per car, the standard deviation of his per-race strength shift (projection uncertainty); 0: none.</summary>
    public float[] Shifts { get; }

    // What the GPU kernel (Gpu/GpuRaceKernel) reads to simulate the same model.
    internal TrackTypeParameters Parameters => _p;

    internal float[] FinishPoints => _finishPoints;

    internal double[] CrashSizeCumulative => _crashSizeCumulative;

    internal (float PlaceDiff, float LapLed, float FastestLap, float LapCompleted) ScoringRates => (_placeDiff, _lapLed, _fastestLap, _lapCompleted);

    /// <summary>
    /// One race. A car's <em>pace</em> (strength + normal noise, widened by his per-race shift) decides who leads and who runs
    /// the fastest laps; his <em>finishing performance</em> is the pace plus normal late-race noise (cautions,
    /// restarts, strategy), less a drop for cars that meet trouble. Lead stints go to cars near the front of the running order at that point of the race
    /// (pace plus the share of late noise accrued by then), the last to the winner, who leads the last lap. The race's
    /// shuffle factor scales its late noise.
    /// </summary>
    public void Simulate(ref SeededRandom rng, RaceScratch s)
    {
        int n = Cars, laps = Laps;
        var caution = (int)Math.Round(laps * Quantiles.Read(_p.CautionShareQuantiles, rng.NextDouble()));
        s.CautionLaps = Math.Clamp(caution, 0, laps - 1);
        for (var i = 0; i < n; i++)
        {
            s.Pace[i] = Uniform(ref rng);
            s.Late[i] = Uniform(ref rng);
            s.LapsCompleted[i] = laps;
            s.Status[i] = (byte)CarStatus.Running;
            s.LapsLed[i] = 0;
            s.FastestLaps[i] = 0;
        }

        // Two normals per car from one Box–Muller pair: the pace noise and the late noise. The pace noise is normal
        // (Thurstone), not Gumbel (Plackett–Luce): the Gumbel's long right tail made one car run away with a race's
        // lead stints and fastest laps (e^{c·pace} has no finite mean for c ≥ 1). The per-race strength shift, normal
        // too, joins it: pace = strength + √(1 + shift²) · z.
        VectorMath.Normals(s.Pace, s.Late);
        VectorMath.ScaleAdd(s.Pace, _paceScale, Strengths);
        // A hot day: a few cars find pace their projection does not hold, and lead, run fast laps and win with it.
        if (_hotRate > 0)
        {
            for (var i = 0; i < n; i++) if (Uniform(ref rng) < _hotRate) s.Pace[i] += _hotLift;
        }
        // The race's shuffle factor (mean 1) scales the late noise: some finishes follow the pace, some are lotteries.
        var late = _shuffleSd > 0 ? _lateNoise * (float)Math.Exp(_shuffleSd * rng.NextNormal() - 0.5 * _shuffleSd * _shuffleSd) : _lateNoise;
        VectorMath.AddScaled(s.Pace, late, s.Late, s.Performance);
        // The race's dominance factor (mean 1) scales how strongly lead stints and fastest laps go to the fastest cars:
        // some races have a runaway car, in some the laps led are shared around.
        var dominance = _dominanceSd > 0 ? (float)Math.Exp(_dominanceSd * rng.NextNormal() - 0.5 * _dominanceSd * _dominanceSd) : 1f;
        if (_troubleRate > 0) Trouble(ref rng, s, late);
        Failures(ref rng, s);
        var leader = LapTheField(s);
        Classify(s);
        LeadLaps(ref rng, s, late, dominance);
        FastestLaps(ref rng, s, leader, dominance);
        for (var i = 0; i < n; i++)
        {
            var finish = s.Finish[i];
            s.Points[i] = _finishPoints[finish - 1] + _placeDiff * (Starts[i] - finish) + _lapLed * s.LapsLed[i]
                + _fastestLap * s.FastestLaps[i] + _lapCompleted * s.LapsCompleted[i];
        }
    }

    /// <summary>Trouble that does not end the race (a pit penalty, a flat tyre, damage): with the type's trouble rate a
    /// car's finishing performance drops by <see cref="TrackTypeParameters.TroubleDrop"/> finish-noise standard
    /// deviations. Good cars then finish near the front or well back, as real ones do, instead of a symmetric spread
    /// around their mean; the mean fit lifts their strength to pay for it.</summary>
    private void Trouble(ref SeededRandom rng, RaceScratch s, float late)
    {
        var drop = _troubleDrop * MathF.Sqrt(1 + late * late);
        for (var i = 0; i < Cars; i++)
        {
            if (Uniform(ref rng) < _troubleRate) s.Performance[i] -= drop;
        }
    }

    private void Failures(ref SeededRandom rng, RaceScratch s)
    {
        int n = Cars, laps = Laps;
        // The race's chaos factor (mean 1) scales both kinds of retirement: some races are wrecking-yards, some clean.
        var chaos = _p.ChaosSd > 0 ? Math.Exp(_p.ChaosSd * rng.NextNormal() - 0.5 * _p.ChaosSd * _p.ChaosSd) : 1.0;
        var mechanical = Math.Min(0.5, _p.MechanicalFailureRate * chaos);
        for (var i = 0; i < n; i++)
        {
            var u = rng.NextDouble();
            if (u >= mechanical) continue;
            // u / rate is again uniform on [0, 1): it times the failure without another draw.
            s.LapsCompleted[i] = LapAt(_p.MechanicalTimingQuantiles, u / mechanical, laps);
            s.Status[i] = (byte)CarStatus.Mechanical;
        }

        var crashes = Poisson(ref rng, _p.CrashesPerRace * chaos);
        for (var c = 0; c < crashes; c++)
        {
            var lap = LapAt(_p.CrashTimingQuantiles, rng.NextDouble(), laps);
            var size = Draw(_crashSizeCumulative, rng.NextDouble()) + 1;
            // A crash collects cars still on track at that lap; a pile-up takes several at once ("the Big One").
            for (int taken = 0, tries = 0; taken < size && tries < size * MaxDrawTries; tries++)
            {
                var j = rng.NextInt(n);
                if (s.LapsCompleted[j] <= lap) continue;
                s.LapsCompleted[j] = lap;
                s.Status[j] = (byte)CarStatus.Crashed;
                taken++;
            }
        }
    }

    /// <summary>Cars still running lose laps to the leader in proportion to how far behind they perform.</summary>
    private int LapTheField(RaceScratch s)
    {
        int n = Cars, leader = -1;
        for (var i = 0; i < n; i++)
        {
            if (s.Status[i] == (byte)CarStatus.Running && (leader < 0 || s.Performance[i] > s.Performance[leader])) leader = i;
        }

        if (leader < 0)
        {
            // Everyone out is not a race: the best performer is deemed to have survived.
            for (var i = 0; i < n; i++) if (leader < 0 || s.Performance[i] > s.Performance[leader]) leader = i;
            s.Status[leader] = (byte)CarStatus.Running;
            s.LapsCompleted[leader] = Laps;
        }

        var scale = (float)_p.LapsDownScale;
        var top = s.Performance[leader];
        for (var i = 0; i < n; i++)
        {
            if (s.Status[i] != (byte)CarStatus.Running) continue;
            var down = (int)(scale * (top - s.Performance[i]));
            s.LapsCompleted[i] = Math.Max(1, Laps - down);
        }

        return leader;
    }

    /// <summary>NASCAR's classification: laps completed, then (at equal laps) running cars first, then order on track.</summary>
    private void Classify(RaceScratch s)
    {
        var n = Cars;
        for (var i = 0; i < n; i++)
        {
            var u = s.Performance[i];
            var onTrack = 0.5 + 0.49 * u / (1 + Math.Abs(u)); // monotone map of performance into (0, 1)
            var running = s.Status[i] == (byte)CarStatus.Running ? 1.0 : 0.0;
            s.Keys[i] = -(2.0 * s.LapsCompleted[i] + running + onTrack);
            s.Order[i] = i;
        }

        s.Keys.AsSpan(0, n).Sort(s.Order.AsSpan(0, n));
        for (var k = 0; k < n; k++) s.Finish[s.Order[k]] = k + 1;
    }

    /// <summary>The race is cut into lead stints; each goes to a car drawn among those still on track at its end, with
    /// weight e^{c·key}, where the key is the running order at that point: pace plus the part of the late noise accrued
    /// by then (the race is read in four phases). The last stint goes to the winner. Stints partition the laps, so laps
    /// led sum to the laps run.</summary>
    private void LeadLaps(ref SeededRandom rng, RaceScratch s, float lateNoise, float dominance)
    {
        int n = Cars, laps = Laps;
        var winner = s.Order[0];
        // Cars in pace order: the weight sits on the first few, so a linear scan finds a stint's leader in a step or two.
        for (var i = 0; i < n; i++)
        {
            s.PaceKeys[i] = -s.Pace[i];
            s.PaceOrder[i] = i;
        }

        s.PaceKeys.AsSpan(0, n).Sort(s.PaceOrder.AsSpan(0, n));
        var c = (float)_p.LeadConcentration * dominance;
        for (var phase = 0; phase < Phases; phase++)
        {
            var t = (phase + 0.5f) / Phases * lateNoise * (float)_p.LeadLateShare;
            var top = float.MinValue;
            for (var i = 0; i < n; i++)
            {
                var key = s.Pace[i] + t * s.Late[i];
                s.Exps[i] = key;
                if (key > top) top = key;
            }

            VectorMath.ScaledExp(s.Exps, c, top, s.Exps);
            var total = 0f;
            var row = phase * n;
            for (var k = 0; k < n; k++)
            {
                total += s.Exps[s.PaceOrder[k]];
                s.PhaseWeights[row + k] = total;
            }
        }

        var stints = 1 + Poisson(ref rng, _p.ExtraLeadStints);
        // Stint lengths are uniform spacings (exponential gaps normalised): no sort needed.
        Span<double> ends = stackalloc double[Math.Min(stints, 256)];
        stints = ends.Length;
        var sum = 0.0;
        for (var j = 0; j < stints; j++)
        {
            sum -= MathF.Log(Uniform(ref rng));
            ends[j] = sum;
        }

        var start = 0;
        for (var j = 0; j < stints; j++)
        {
            var end = j == stints - 1 ? laps : (int)Math.Round(laps * ends[j] / sum);
            if (end <= start) continue;
            var car = winner;
            if (j < stints - 1)
            {
                var phase = Math.Min(Phases - 1, (start + end) * Phases / (2 * laps));
                var row = phase * n;
                var total = s.PhaseWeights[row + n - 1];
                for (var t = 0; t < MaxDrawTries; t++)
                {
                    var target = rng.NextSingle() * total;
                    var k = 0;
                    while (k < n - 1 && s.PhaseWeights[row + k] <= target) k++;
                    var pick = s.PaceOrder[k];
                    if (s.LapsCompleted[pick] >= end) { car = pick; break; }
                }
            }

            s.LapsLed[car] += end - start;
            start = end;
        }
    }

    /// <summary>Green-flag laps are shared in proportion to pace weight × laps run by systematic sampling (one
    /// uniform offset over the cumulative weights): each car gets the floor or ceiling of his expected share and the
    /// counts sum exactly to the green laps. A car over his cap (green laps while he ran) passes the excess to the
    /// fastest car that ran every lap.</summary>
    private void FastestLaps(ref SeededRandom rng, RaceScratch s, int leader, float dominance)
    {
        int n = Cars, laps = Laps, green = Laps - s.CautionLaps;
        var top = float.MinValue;
        var heir = leader;
        for (var i = 0; i < n; i++)
        {
            if (s.Pace[i] > top) top = s.Pace[i];
            if (s.LapsCompleted[i] == laps && s.Pace[i] > s.Pace[heir]) heir = i;
        }

        VectorMath.ScaledExp(s.Pace, (float)_p.FastestLapConcentration * dominance, top, s.Exps);
        var total = 0.0;
        for (var i = 0; i < n; i++)
        {
            total += s.Exps[i] * s.LapsCompleted[i];
            s.Weights[i] = (float)total;
        }

        var offset = rng.NextDouble();
        var scale = green / total;
        var previous = 0; // floor(offset): the boundaries run from 0 to exactly the green laps
        var excess = 0;
        for (var i = 0; i < n; i++)
        {
            // The last boundary is pinned: float cumulative weights could otherwise end a hair short of the total.
            var upTo = i == n - 1 ? green : Math.Min(green, (int)Math.Floor(s.Weights[i] * scale + offset));
            var count = Math.Max(0, upTo - previous);
            previous = Math.Max(previous, upTo);
            var cap = Cap(s, i, green, laps);
            if (count > cap)
            {
                excess += count - cap;
                count = cap;
            }

            s.FastestLaps[i] = count;
        }

        s.FastestLaps[heir] += excess;
    }

    private static int Cap(RaceScratch s, int car, int green, int laps) => (int)((long)s.LapsCompleted[car] * green / laps);

    private static int LapAt(double[] timing, double u, int laps) =>
        Math.Clamp((int)(laps * Quantiles.Read(timing, u)), 0, laps - 1);

    private static float Uniform(ref SeededRandom rng) => ((rng.NextUInt64() >> 40) + 0.5f) * (1.0f / (1 << 24));

    internal static int Poisson(ref SeededRandom rng, double mean)
    {
        // Above 12 the normal approximation (continuity-corrected) is close and costs one draw instead of mean + 1
        // (intermediates cut a race into ~33 lead stints).
        if (mean > 12) return Math.Max(0, (int)Math.Floor(mean + Math.Sqrt(mean) * rng.NextNormal() + 0.5));
        // Knuth's method for the small means (a few crashes).
        var limit = Math.Exp(-mean);
        var k = 0;
        for (var p = rng.NextDouble(); p > limit; p *= rng.NextDouble()) k++;
        return k;
    }

    private static int Draw(double[] cumulative, double u)
    {
        for (var k = 0; k < cumulative.Length; k++) if (u < cumulative[k]) return k;
        return cumulative.Length - 1;
    }

    private static double[] Cumulative(double[] probabilities)
    {
        var c = new double[Math.Max(1, probabilities.Length)];
        var sum = 0.0;
        for (var k = 0; k < probabilities.Length; k++) c[k] = sum += probabilities[k];
        for (var k = 0; k < c.Length; k++) c[k] /= sum > 0 ? sum : 1;
        return c;
    }
}
