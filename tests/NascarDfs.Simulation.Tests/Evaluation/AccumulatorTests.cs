using NascarDfs.Simulation.Evaluation;

namespace NascarDfs.Simulation.Tests.Evaluation;

/// <summary>Coverage, PIT histograms, Brier, log loss, skill and reliability bins summed over hand-made cases.</summary>
public sealed class AccumulatorTests
{
    [Fact]
    public void Distribution_CoverageAboveP99AndPit()
    {
        var acc = new DistributionAccumulator();
        // p10 0, p90 10, p99 20: 5 and 10 are covered (the edges count), 15 is not, 25 is above p99.
        acc.Add(0, 10, 20, 0.05, 1, 5);
        acc.Add(0, 10, 20, 0.5, 2, 10);
        acc.Add(0, 10, 20, 0.95, 3, 15);
        acc.Add(0, 10, 20, 1.0, 6, 25);
        var s = acc.ToScores();

        Assert.Equal(4, s.Cases);
        Assert.Equal(0.5, s.Coverage80);
        Assert.Equal(0.25, s.AboveP99);
        Assert.Equal([0.25, 0, 0, 0, 0, 0.25, 0, 0, 0, 0.5], s.PitDeciles.ToArray());
        Assert.Equal(3, s.Crps);
    }

    [Fact]
    public void Probability_BrierLogLossSkillAndBins()
    {
        var acc = new ProbabilityAccumulator("top5");
        acc.Add(0.05, false, 0.1, 1e-4);
        acc.Add(0.15, true, 0.1, 1e-4);
        acc.Add(0.12, false, 0.1, 1e-4);
        acc.Add(0.95, true, 0.1, 1e-4);
        var s = acc.ToScores();

        // (0.0025 + 0.7225 + 0.0144 + 0.0025)/4; reference (0.01 + 0.81 + 0.01 + 0.81)/4.
        Assert.Equal(0.185475, s.Brier, tolerance: 1e-5);
        Assert.Equal(0.41, s.ReferenceBrier, tolerance: 1e-5);
        Assert.Equal(1 - 0.185475 / 0.41, s.BrierSkill, tolerance: 1e-4);
        Assert.Equal((-Math.Log(0.95) - Math.Log(0.15) - Math.Log(0.88) - Math.Log(0.95)) / 4, s.LogLoss, tolerance: 1e-5);

        Assert.Equal(10, s.Reliability.Count);
        Assert.Equal((1, 0.05, 0.0), (s.Reliability[0].Cases, s.Reliability[0].MeanPredicted!.Value, s.Reliability[0].Observed!.Value));
        Assert.Equal((2, 0.135, 0.5), (s.Reliability[1].Cases, s.Reliability[1].MeanPredicted!.Value, s.Reliability[1].Observed!.Value));
        Assert.Equal((1, 0.95, 1.0), (s.Reliability[9].Cases, s.Reliability[9].MeanPredicted!.Value, s.Reliability[9].Observed!.Value));
        Assert.Equal(0.365, s.Reliability[1].Gap, 6);
        Assert.Equal(0, s.Reliability[5].Cases);
        Assert.Null(s.Reliability[5].Observed);
    }

    [Fact]
    public void Quantity_CountsRealValuesOutsideTheSimulatedP10P90()
    {
        var acc = new QuantityAccumulator("winner-points");
        var sims = Enumerable.Range(1, 10).Select(i => (float)(10 * i)).ToArray(); // p10 = 10, p90 = 90
        acc.Add(5, sims);
        acc.Add(50, sims);
        acc.Add(95, sims);
        acc.Add(90, sims);
        var q = acc.ToQuantity();

        Assert.Equal(4, q.Races);
        Assert.Equal(0.25, q.RealBelowP10);
        Assert.Equal(0.25, q.RealAboveP90);
        Assert.Equal(60, q.RealMean);
        Assert.Equal(55, q.SimMean);
        // Sample sd of 5, 50, 95, 90 (n − 1).
        Assert.Equal(Math.Round(Math.Sqrt((55.0 * 55 + 10 * 10 + 35 * 35 + 30 * 30) / 3), 3), q.RealSd);
    }

    [Fact]
    public void Metric_SkipsUndefinedValues()
    {
        var acc = new MetricAccumulator("leader-share-of-laps-led");
        acc.AddReal(0.2);
        acc.AddReal(double.NaN);
        acc.AddReal(0.4);
        acc.AddSimulated(0.3);
        var m = acc.ToMetric();

        Assert.Equal(2, m.Races);
        Assert.Equal(0.3, m.RealMean, 10);
        Assert.Equal(Math.Round(Math.Sqrt(0.02), 4), m.RealSd);
    }
}
