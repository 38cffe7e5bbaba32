using NascarDfs.Simulation.Evaluation;

namespace NascarDfs.Simulation.Tests.Evaluation;

/// <summary>The evaluation's scoring rules on cases worked out by hand.</summary>
public sealed class ScoringRulesTests
{
    [Fact]
    public void CrpsSample_FourValues_MatchesTheHandComputation()
    {
        // E|X − 2.5| = (1.5 + 0.5 + 0.5 + 1.5)/4 = 1; E|X − X′| = 20/16 (ordered pairs) = 1.25; CRPS = 1 − 0.625.
        Assert.Equal(0.375, ScoringRules.CrpsSample([1f, 2f, 3f, 4f], 2.5), 12);
    }

    [Fact]
    public void CrpsSample_OneValue_IsTheAbsoluteError()
    {
        Assert.Equal(3, ScoringRules.CrpsSample([5f], 2), 12);
    }

    [Fact]
    public void CrpsNormal_AtTheMean_IsSigmaTimesTwoPhiZeroMinusOneOverRootPi()
    {
        // 2φ(0) − 1/√π = 0.7978846 − 0.5641896 = 0.2336950.
        Assert.Equal(0.2336950, ScoringRules.CrpsNormal(10, 1, 10), 6);
        Assert.Equal(2 * 0.2336950, ScoringRules.CrpsNormal(10, 2, 10), 6);
    }

    [Fact]
    public void CrpsNormal_FarFromTheMean_ApproachesTheAbsoluteErrorLessTheSpread()
    {
        // For |z| large, CRPS → |y − μ| − σ/√π.
        Assert.Equal(20 - 1 / Math.Sqrt(Math.PI), ScoringRules.CrpsNormal(0, 1, 20), 6);
    }

    [Fact]
    public void CrpsSample_OfAFineUniformGrid_ApproachesTheUniformClosedForm()
    {
        // U(0, 1) at y in [0, 1]: CRPS = y² − y + 1/3.
        const int n = 20_000;
        var grid = Enumerable.Range(0, n).Select(i => (float)((i + 0.5) / n)).ToArray();
        foreach (var y in new[] { 0.3, 0.5, 0.9 })
        {
            Assert.Equal(y * y - y + 1.0 / 3, ScoringRules.CrpsSample(grid, y), 4);
        }
    }

    [Fact]
    public void CrpsNormal_AgreesWithTheIntegralDefinition()
    {
        // CRPS = ∫ (F(x) − 1{x ≥ y})² dx, integrated numerically over ±10σ.
        foreach (var (mu, sd, y) in new[] { (30.0, 12.0, 5.0), (30.0, 12.0, 45.0), (10.0, 3.0, 10.0) })
        {
            const int steps = 200_000;
            double lo = mu - 10 * sd, h = 20 * sd / steps, sum = 0;
            for (var k = 0; k < steps; k++)
            {
                var x = lo + (k + 0.5) * h;
                var g = ScoringRules.NormalCdf((x - mu) / sd) - (x >= y ? 1 : 0);
                sum += g * g * h;
            }

            Assert.Equal(sum, ScoringRules.CrpsNormal(mu, sd, y), 3);
        }
    }

    [Fact]
    public void PitSample_CountsTiesAsHalf()
    {
        float[] sorted = [1, 2, 2, 3];
        Assert.Equal(0.5, ScoringRules.PitSample(sorted, 2)); // (1 below + ½·2 equal)/4
        Assert.Equal(0, ScoringRules.PitSample(sorted, 0));
        Assert.Equal(1, ScoringRules.PitSample(sorted, 4));
        Assert.Equal(0.875, ScoringRules.PitSample(sorted, 3));
    }

    [Fact]
    public void Decile_PutsOneInTheLastDecile()
    {
        Assert.Equal(0, ScoringRules.Decile(0));
        Assert.Equal(0, ScoringRules.Decile(0.0999));
        Assert.Equal(1, ScoringRules.Decile(0.1));
        Assert.Equal(9, ScoringRules.Decile(1));
    }

    [Fact]
    public void Quantile_IsTheNearestRankFromBelow()
    {
        var sorted = Enumerable.Range(1, 10).Select(i => (float)i).ToArray();
        Assert.Equal(1, ScoringRules.Quantile(sorted, 0.10));
        Assert.Equal(9, ScoringRules.Quantile(sorted, 0.90));
        Assert.Equal(10, ScoringRules.Quantile(sorted, 0.99));
    }

    [Fact]
    public void BrierAndLogLoss_OfOneForecast()
    {
        Assert.Equal(0.09, ScoringRules.Brier(0.7, true), 12);
        Assert.Equal(0.49, ScoringRules.Brier(0.7, false), 12);
        Assert.Equal(-Math.Log(0.7), ScoringRules.LogLoss(0.7, true), 12);
        Assert.Equal(-Math.Log(0.3), ScoringRules.LogLoss(0.7, false), 12);
        // A sample that never drew the outcome gives p = 0: clipped, not infinite.
        Assert.Equal(-Math.Log(1e-4), ScoringRules.LogLoss(0, true), 9);
    }

    [Fact]
    public void NormalCdf_KnownValues()
    {
        Assert.Equal(0.5, ScoringRules.NormalCdf(0), 7);
        Assert.Equal(0.9, ScoringRules.NormalCdf(ScoringRules.Z90), 6);
        Assert.Equal(0.99, ScoringRules.NormalCdf(ScoringRules.Z99), 6);
        Assert.Equal(0.158655, ScoringRules.NormalCdf(-1), 6);
    }
}
