using ILGPU;

namespace NascarDfs.Simulation.Gpu;

/// <summary>The race's scalars (the track type's parameters, the scoring and the chunk's place in the run).</summary>
internal struct GpuRaceScalars
{
    public int Cars, Laps, FirstRace;
    public ulong Seed;
    public float LateNoise, TroubleRate, TroubleDrop, HotCarRate, HotCarLift, LeadConcentration, LeadLateShare, FastestLapConcentration, LapsDownScale;
    public float PlaceDiff, LapLed, FastestLap, LapCompleted;
    public double ChaosSd, ShuffleSd, DominanceSd, MechanicalFailureRate, CrashesPerRace, ExtraLeadStints;
}

/// <summary>Per car (strengths, shifts, starts, points per finishing place) and the type's quantile tables.</summary>
internal struct GpuRaceTables
{
    public ArrayView<float> Strengths, Shifts, FinishPoints;
    public ArrayView<int> Starts;
    public ArrayView<double> CautionQuantiles, MechanicalQuantiles, CrashQuantiles, CrashSizeCumulative;
}

/// <summary>Per race × car working memory and outputs of one launch (row = race of the chunk).</summary>
internal struct GpuRaceScratch
{
    public ArrayView<float> Pace, Late, Performance, Exps, Weights, PhaseWeights, Points;
    public ArrayView<double> Keys;
    public ArrayView<int> Order, PaceOrder, LapsCompleted, Status, LapsLed, FastestLaps, Finish, CautionLaps;
}

/// <summary>
/// <see cref="Model.RaceKernel"/> as a GPU kernel: one thread per race, the same model, the same random stream per race
/// (race r draws from stream r of the seed), the same order of draws. Sorting is an insertion sort (fields of ~40 cars).
/// Keep the two in step: <c>GpuRaceKernelTests</c> compare their distributions and invariants.
/// </summary>
internal static class GpuRaceKernel
{
    private const int MaxDrawTries = 8;
    private const int Phases = 4;
    private const int MaxStints = 256;

    public static void Race(Index1D index, GpuRaceScalars p, GpuRaceTables t, GpuRaceScratch s)
    {
        int n = p.Cars, laps = p.Laps, b = index.X * n;
        var rng = new GpuRandom(p.Seed, (ulong)(p.FirstRace + index.X));
        var caution = (int)GpuMath.Round(laps * Read(t.CautionQuantiles, rng.NextDouble()));
        var cautionLaps = caution < 0 ? 0 : caution > laps - 1 ? laps - 1 : caution;
        s.CautionLaps[index.X] = cautionLaps;
        for (var i = 0; i < n; i++)
        {
            s.Pace[b + i] = rng.NextOpenSingle();
            s.Late[b + i] = rng.NextOpenSingle();
            s.LapsCompleted[b + i] = laps;
            s.Status[b + i] = (int)CarStatus.Running;
            s.LapsLed[b + i] = 0;
            s.FastestLaps[b + i] = 0;
        }

        // One Box–Muller pair per car: the normal pace noise (widened by the per-race shift) and the late noise.
        for (var i = 0; i < n; i++)
        {
            var r = GpuMath.Sqrt(-2f * GpuMath.Log(s.Pace[b + i]));
            var angle = 2f * MathF.PI * s.Late[b + i];
            var shift = t.Shifts[i];
            s.Pace[b + i] = t.Strengths[i] + GpuMath.Sqrt(1f + shift * shift) * (r * GpuMath.Cos(angle));
            s.Late[b + i] = r * GpuMath.Sin(angle);
        }

        // A hot day: a few cars' pace up (same draws as the CPU kernel: one uniform per car).
        if (p.HotCarRate > 0)
        {
            for (var i = 0; i < n; i++) if (rng.NextOpenSingle() < p.HotCarRate) s.Pace[b + i] += p.HotCarLift;
        }

        // The race's shuffle factor (mean 1) scales its late noise.
        var late = p.ShuffleSd > 0 ? p.LateNoise * (float)GpuMath.Exp(p.ShuffleSd * rng.NextNormal() - 0.5 * p.ShuffleSd * p.ShuffleSd) : p.LateNoise;
        for (var i = 0; i < n; i++) s.Performance[b + i] = s.Pace[b + i] + late * s.Late[b + i];

        // The race's dominance factor (mean 1) scales the lead and fastest-lap concentrations.
        var dominance = p.DominanceSd > 0 ? (float)GpuMath.Exp(p.DominanceSd * rng.NextNormal() - 0.5 * p.DominanceSd * p.DominanceSd) : 1f;

        // Trouble that does not end the race: the finishing performance drops (one uniform per car, as on the CPU).
        if (p.TroubleRate > 0)
        {
            var drop = p.TroubleDrop * GpuMath.Sqrt(1f + late * late);
            for (var i = 0; i < n; i++)
            {
                if (rng.NextOpenSingle() < p.TroubleRate) s.Performance[b + i] -= drop;
            }
        }

        Failures(ref rng, p, t, s, b);
        var leader = LapTheField(p, s, b);
        Classify(p, s, b);
        LeadLaps(ref rng, p, s, b, late, dominance);
        FastestLaps(ref rng, p, s, b, leader, cautionLaps, dominance);
        for (var i = 0; i < n; i++)
        {
            var finish = s.Finish[b + i];
            s.Points[b + i] = t.FinishPoints[finish - 1] + p.PlaceDiff * (t.Starts[i] - finish) + p.LapLed * s.LapsLed[b + i]
                + p.FastestLap * s.FastestLaps[b + i] + p.LapCompleted * s.LapsCompleted[b + i];
        }
    }

    private static void Failures(ref GpuRandom rng, GpuRaceScalars p, GpuRaceTables t, GpuRaceScratch s, int b)
    {
        int n = p.Cars, laps = p.Laps;
        var chaos = p.ChaosSd > 0 ? GpuMath.Exp(p.ChaosSd * rng.NextNormal() - 0.5 * p.ChaosSd * p.ChaosSd) : 1.0;
        var mechanical = p.MechanicalFailureRate * chaos;
        if (mechanical > 0.5) mechanical = 0.5;
        for (var i = 0; i < n; i++)
        {
            var u = rng.NextDouble();
            if (u >= mechanical) continue;
            s.LapsCompleted[b + i] = LapAt(t.MechanicalQuantiles, u / mechanical, laps);
            s.Status[b + i] = (int)CarStatus.Mechanical;
        }

        var crashes = Poisson(ref rng, p.CrashesPerRace * chaos);
        for (var c = 0; c < crashes; c++)
        {
            var lap = LapAt(t.CrashQuantiles, rng.NextDouble(), laps);
            var size = Draw(t.CrashSizeCumulative, rng.NextDouble()) + 1;
            for (int taken = 0, tries = 0; taken < size && tries < size * MaxDrawTries; tries++)
            {
                var j = rng.NextInt(n);
                if (s.LapsCompleted[b + j] <= lap) continue;
                s.LapsCompleted[b + j] = lap;
                s.Status[b + j] = (int)CarStatus.Crashed;
                taken++;
            }
        }
    }

    private static int LapTheField(GpuRaceScalars p, GpuRaceScratch s, int b)
    {
        int n = p.Cars, leader = -1;
        for (var i = 0; i < n; i++)
        {
            if (s.Status[b + i] == (int)CarStatus.Running && (leader < 0 || s.Performance[b + i] > s.Performance[b + leader])) leader = i;
        }

        if (leader < 0)
        {
            for (var i = 0; i < n; i++) if (leader < 0 || s.Performance[b + i] > s.Performance[b + leader]) leader = i;
            s.Status[b + leader] = (int)CarStatus.Running;
            s.LapsCompleted[b + leader] = p.Laps;
        }

        var top = s.Performance[b + leader];
        for (var i = 0; i < n; i++)
        {
            if (s.Status[b + i] != (int)CarStatus.Running) continue;
            var down = (int)(p.LapsDownScale * (top - s.Performance[b + i]));
            var completed = p.Laps - down;
            s.LapsCompleted[b + i] = completed < 1 ? 1 : completed;
        }

        return leader;
    }

    private static void Classify(GpuRaceScalars p, GpuRaceScratch s, int b)
    {
        var n = p.Cars;
        for (var i = 0; i < n; i++)
        {
            double u = s.Performance[b + i];
            var onTrack = 0.5 + 0.49 * u / (1 + (u < 0 ? -u : u));
            var running = s.Status[b + i] == (int)CarStatus.Running ? 1.0 : 0.0;
            s.Keys[b + i] = -(2.0 * s.LapsCompleted[b + i] + running + onTrack);
        }

        // Insertion sort of the cars by key (ascending): Order[k] is the car classified k-th.
        for (var i = 0; i < n; i++)
        {
            var key = s.Keys[b + i];
            var k = i;
            while (k > 0 && s.Keys[b + s.Order[b + k - 1]] > key)
            {
                s.Order[b + k] = s.Order[b + k - 1];
                k--;
            }

            s.Order[b + k] = i;
        }

        for (var k = 0; k < n; k++) s.Finish[b + s.Order[b + k]] = k + 1;
    }

    private static void LeadLaps(ref GpuRandom rng, GpuRaceScalars p, GpuRaceScratch s, int b, float lateNoise, float dominance)
    {
        int n = p.Cars, laps = p.Laps;
        var winner = s.Order[b];
        // Cars by pace, fastest first (insertion sort, descending pace).
        for (var i = 0; i < n; i++)
        {
            var pace = s.Pace[b + i];
            var k = i;
            while (k > 0 && s.Pace[b + s.PaceOrder[b + k - 1]] < pace)
            {
                s.PaceOrder[b + k] = s.PaceOrder[b + k - 1];
                k--;
            }

            s.PaceOrder[b + k] = i;
        }

        var c = p.LeadConcentration * dominance;
        for (var phase = 0; phase < Phases; phase++)
        {
            var share = (phase + 0.5f) / Phases * lateNoise * p.LeadLateShare;
            var top = float.MinValue;
            for (var i = 0; i < n; i++)
            {
                var key = s.Pace[b + i] + share * s.Late[b + i];
                s.Exps[b + i] = key;
                if (key > top) top = key;
            }

            for (var i = 0; i < n; i++) s.Exps[b + i] = GpuMath.Exp(c * (s.Exps[b + i] - top));
            var total = 0f;
            var row = b * Phases + phase * n;
            for (var k = 0; k < n; k++)
            {
                total += s.Exps[b + s.PaceOrder[b + k]];
                s.PhaseWeights[row + k] = total;
            }
        }

        var stints = 1 + Poisson(ref rng, p.ExtraLeadStints);
        if (stints > MaxStints) stints = MaxStints;
        // The CPU path draws every stint's length first, then the leaders: a copy of the stream replays the lengths.
        var lengths = rng;
        var sum = 0.0;
        for (var j = 0; j < stints; j++) sum -= GpuMath.Log(rng.NextOpenSingle());
        var cumulative = 0.0;
        var start = 0;
        for (var j = 0; j < stints; j++)
        {
            cumulative -= GpuMath.Log(lengths.NextOpenSingle());
            var end = j == stints - 1 ? laps : (int)GpuMath.Round(laps * cumulative / sum);
            if (end <= start) continue;
            var car = winner;
            if (j < stints - 1)
            {
                var phase = (start + end) * Phases / (2 * laps);
                if (phase > Phases - 1) phase = Phases - 1;
                var row = b * Phases + phase * n;
                var total = s.PhaseWeights[row + n - 1];
                for (var tries = 0; tries < MaxDrawTries; tries++)
                {
                    var target = rng.NextSingle() * total;
                    var k = 0;
                    while (k < n - 1 && s.PhaseWeights[row + k] <= target) k++;
                    var pick = s.PaceOrder[b + k];
                    if (s.LapsCompleted[b + pick] >= end)
                    {
                        car = pick;
                        break;
                    }
                }
            }

            s.LapsLed[b + car] += end - start;
            start = end;
        }
    }

    private static void FastestLaps(ref GpuRandom rng, GpuRaceScalars p, GpuRaceScratch s, int b, int leader, int cautionLaps, float dominance)
    {
        int n = p.Cars, laps = p.Laps, green = p.Laps - cautionLaps;
        var top = float.MinValue;
        var heir = leader;
        for (var i = 0; i < n; i++)
        {
            if (s.Pace[b + i] > top) top = s.Pace[b + i];
            if (s.LapsCompleted[b + i] == laps && s.Pace[b + i] > s.Pace[b + heir]) heir = i;
        }

        var total = 0.0;
        for (var i = 0; i < n; i++)
        {
            s.Exps[b + i] = GpuMath.Exp(p.FastestLapConcentration * dominance * (s.Pace[b + i] - top));
            total += s.Exps[b + i] * s.LapsCompleted[b + i];
            s.Weights[b + i] = (float)total;
        }

        var offset = rng.NextDouble();
        var scale = green / total;
        var previous = 0;
        var excess = 0;
        for (var i = 0; i < n; i++)
        {
            var boundary = (int)GpuMath.Floor(s.Weights[b + i] * scale + offset);
            var upTo = i == n - 1 ? green : boundary < green ? boundary : green;
            var count = upTo - previous;
            if (count < 0) count = 0;
            if (upTo > previous) previous = upTo;
            var cap = (int)((long)s.LapsCompleted[b + i] * green / laps);
            if (count > cap)
            {
                excess += count - cap;
                count = cap;
            }

            s.FastestLaps[b + i] = count;
        }

        s.FastestLaps[b + heir] += excess;
    }

    private static int LapAt(ArrayView<double> timing, double u, int laps)
    {
        var lap = (int)(laps * Read(timing, u));
        return lap < 0 ? 0 : lap > laps - 1 ? laps - 1 : lap;
    }

    private static double Read(ArrayView<double> quantiles, double u)
    {
        var last = (int)quantiles.Length - 1;
        var h = u * last;
        var lo = (int)h;
        if (lo >= last) return quantiles[last];
        return quantiles[lo] + (h - lo) * (quantiles[lo + 1] - quantiles[lo]);
    }

    private static int Poisson(ref GpuRandom rng, double mean)
    {
        if (mean > 12)
        {
            var k = (int)GpuMath.Floor(mean + GpuMath.Sqrt(mean) * rng.NextNormal() + 0.5);
            return k < 0 ? 0 : k;
        }

        var limit = GpuMath.Exp(-mean);
        var count = 0;
        for (var q = rng.NextDouble(); q > limit; q *= rng.NextDouble()) count++;
        return count;
    }

    private static int Draw(ArrayView<double> cumulative, double u)
    {
        var last = (int)cumulative.Length - 1;
        for (var k = 0; k < last; k++) if (u < cumulative[k]) return k;
        return last;
    }
}
