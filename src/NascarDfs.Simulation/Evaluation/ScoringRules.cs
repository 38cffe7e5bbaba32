namespace NascarDfs.Simulation.Evaluation;

/// <summary>
/// Proper scores and calibration checks of probabilistic forecasts (Gneiting &amp; Raftery 2007): CRPS of a sample and
/// of a normal, the PIT of an observation, Brier and log loss of a probability.
/// </summary>
internal static class ScoringRules
{
    // Log loss needs p in (0, 1); a sample of N races gives p = 0 for an outcome it never drew, so probabilities are
    // clipped to [1/(2N), 1 − 1/(2N)] by the caller's N, and never beyond this floor.
    public const double MinProbability = 1e-4;

    private static readonly double InvSqrtPi = 1 / Math.Sqrt(Math.PI);

    /// <summary>CRPS of the empirical distribution of <paramref name="sorted"/> (ascending) at <paramref name="y"/>:
    /// E|X − y| − ½ E|X − X′|, with E|X − X′| = (2/N²) Σ (2i − N − 1) x₍ᵢ₎ (i from 1).</summary>
    public static double CrpsSample(ReadOnlySpan<float> sorted, double y)
    {
        var n = sorted.Length;
        double absErr = 0, spread = 0;
        for (var i = 0; i < n; i++)
        {
            absErr += Math.Abs(sorted[i] - y);
            spread += (2.0 * (i + 1) - n - 1) * sorted[i];
        }

        return absErr / n - spread / ((double)n * n);
    }

    /// <summary>CRPS of N(<paramref name="mean"/>, <paramref name="sd"/>²) at <paramref name="y"/>:
    /// σ [z (2Φ(z) − 1) + 2φ(z) − 1/√π], z = (y − μ)/σ.</summary>
    public static double CrpsNormal(double mean, double sd, double y)
    {
        var z = (y - mean) / sd;
        return sd * (z * (2 * NormalCdf(z) - 1) + 2 * NormalPdf(z) - InvSqrtPi);
    }

    /// <summary>The PIT of <paramref name="y"/> under the sample: the share below it plus half the share equal to it
    /// (the mid-point rule for the ties of a discrete sample).</summary>
    public static double PitSample(ReadOnlySpan<float> sorted, double y)
    {
        int below = 0, equal = 0;
        foreach (var x in sorted)
        {
            if (x < y) below++;
            else if (x == y) equal++;
        }

        return (below + 0.5 * equal) / sorted.Length;
    }

    /// <summary>The decile 0..9 a PIT value falls in (1.0 goes to the last).</summary>
    public static int Decile(double pit) => Math.Clamp((int)(pit * 10), 0, 9);

    /// <summary>The q-quantile of an ascending sample (nearest rank, lower: the value at ⌈qN⌉, 1-based).</summary>
    public static double Quantile(ReadOnlySpan<float> sorted, double q)
    {
        var rank = (int)Math.Ceiling(q * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    /// <summary>The Brier score of one forecast: (p − o)².</summary>
    public static double Brier(double p, bool outcome) => (p - (outcome ? 1 : 0)) * (p - (outcome ? 1 : 0));

    /// <summary>The log loss of one forecast: −ln p if it happened, −ln(1 − p) if not; p clipped to
    /// [<paramref name="floor"/>, 1 − <paramref name="floor"/>].</summary>
    public static double LogLoss(double p, bool outcome, double floor = MinProbability)
    {
        var q = Math.Clamp(p, floor, 1 - floor);
        return outcome ? -Math.Log(q) : -Math.Log(1 - q);
    }

    /// <summary>The standard normal density.</summary>
    public static double NormalPdf(double z) => Math.Exp(-0.5 * z * z) / Math.Sqrt(2 * Math.PI);

    /// <summary>The standard normal CDF (Abramowitz–Stegun 7.1.26 on erf; absolute error under 1.5e-7).</summary>
    public static double NormalCdf(double z)
    {
        var x = Math.Abs(z) / Math.Sqrt(2);
        var t = 1 / (1 + 0.3275911 * x);
        var erf = 1 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.Exp(-x * x);
        return z >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
    }

    /// <summary>z of the standard normal's 10% and 90% quantiles (±1.2816) and its 99% quantile (2.3263).</summary>
    public const double Z90 = 1.2815515655446004, Z99 = 2.3263478740408408;
}
