namespace NascarDfs.Simulation.Model;

/// <summary>
/// Fits each car's strength so his mean simulated points match his projection scaled to the field's total.
/// Every pass simulates the same races (common random numbers: same seed), so the means move smoothly with the
/// strengths and a per-driver secant step converges in a handful of passes.
/// </summary>
internal static class StrengthFitter
{
    // Seeds the fitting races apart from the run's own races (a different stream family of the same seed).
    private const ulong FitSeedSalt = 0x5EED_F17_0000_0001UL;
    private const float MaxStrength = 15f;
    private const double DefaultSlope = 6.0; // points per unit of strength, mid-field, before a secant is known
    private const double MaxStep = 2.0;

    internal sealed record Outcome(double ScaleFactor, double FieldTotal, double[] Targets, int Passes);

    public static Outcome Fit(
        RaceKernel kernel, double[] projections, SimulationOptions options, Action<double>? progress, CancellationToken cancellationToken)
    {
        var n = kernel.Cars;
        var s = kernel.Strengths;
        var mean = projections.Average();
        var sd = Math.Sqrt(projections.Sum(p => (p - mean) * (p - mean)) / n);
        for (var i = 0; i < n; i++) s[i] = sd > 0 ? (float)(1.5 * (projections[i] - mean) / sd) : 0f;

        var seed = options.Seed ^ FitSeedSalt;
        double[] targets = [];
        double scale = 1, total = 0;
        var previousS = new double[n];
        var previousM = new double[n];
        var pass = 0;
        while (pass < options.MaxFitIterations)
        {
            var means = BlockRunner.MeanPoints(kernel, options.FitSimulations, seed, options.MaxDegreeOfParallelism, cancellationToken);
            if (pass == 0)
            {
                // The field's total barely depends on strengths (finishing points and laps are fixed, place
                // differential sums to zero), so the first pass measures it and the projections are scaled to it.
                total = means.Sum();
                var projected = projections.Sum();
                scale = projected > 0 ? total / projected : 1;
                targets = projections.Select(p => p * scale).ToArray();
            }

            pass++;
            progress?.Invoke(pass / (double)options.MaxFitIterations);
            // Aim at half the reported tolerance so the run's own (independent) races still land inside it.
            if (Enumerable.Range(0, n).All(i => Math.Abs(means[i] - targets[i]) <= 0.5 * Math.Max(0.5, 0.02 * Math.Abs(targets[i])))) break;
            for (var i = 0; i < n; i++)
            {
                var ds = s[i] - previousS[i];
                var slope = pass > 1 && Math.Abs(ds) > 1e-3 ? (means[i] - previousM[i]) / ds : DefaultSlope;
                if (slope < 0.5) slope = DefaultSlope; // noise or a saturated driver: fall back to a sane slope
                previousS[i] = s[i];
                previousM[i] = means[i];
                var step = Math.Clamp((targets[i] - means[i]) / slope, -MaxStep, MaxStep);
                s[i] = Math.Clamp((float)(s[i] + step), -MaxStrength, MaxStrength);
            }
        }

        return new Outcome(scale, total, targets, pass);
    }
}
