using NascarDfs.Simulation.Calibration;
using NascarDfs.Simulation.RaceLogs;
using NascarDfs.Simulation.Tracks;
using NascarDfs.Testing;
using Xunit.Abstractions;

namespace NascarDfs.Simulation.Tests.Calibration;

/// <summary>
/// The committed parameters, re-simulated on the real races with a seed the fit never saw, against the real metrics
/// (races with a year of earlier history from their history projections, strengths refitted with that seed, as the fit
/// simulates them).
/// Tolerances: the fit matches each metric on its own seed, so what remains is Monte Carlo error (20 simulations of
/// 35–105 races: well under 1% for shares) and the interplay of parameters fitted one at a time. Each tolerance is
/// about twice the worst deviation seen and several times smaller than the gap between track types on that metric
/// (leader's share 26% superspeedway vs 45–48% elsewhere; |place differential| 12.3 vs 7.7), so a wrong or
/// swapped type fails it. Dirt has 8 races (3 Cup + 5 Trucks), so its counts get the same absolute bounds.
/// </summary>
public class CalibrationReportTests(ITestOutputHelper output)
{
    private static readonly Lazy<IReadOnlyList<CalibrationComparison>> Report = new(() =>
        CalibrationReport.Compare(RaceLog.Read(TestData.RaceLogs), CalibrationParameters.Default, simulationsPerRace: 20, seed: 424242));

    public static TheoryData<TrackType> Types() => new(Enum.GetValues<TrackType>());

    [Theory]
    [MemberData(nameof(Types))]
    public void Simulated_MatchesReal_WithinStatedTolerances(TrackType type)
    {
        var row = Report.Value.Single(r => r.Type == type);
        output.WriteLine(CalibrationReport.Format([row]));
        var (real, sim) = (row.Real, row.Simulated);
        // Dirt's caution distribution is 21 weighted quantiles of 8 races (recency weights): its interpolation
        // between so few values is coarser than the other types', so it gets 3 points instead of 2.
        var caution = type == TrackType.Dirt ? 0.03 : 0.02;
        Assert.InRange(sim.CautionShare - real.CautionShare, -caution, caution);
        Assert.InRange(sim.DnfRate - real.DnfRate, -0.03, 0.03);
        Assert.InRange(sim.LeaderShareOfLapsLed - real.LeaderShareOfLapsLed, -0.04, 0.04);
        // Superspeedways: the lead stints are at their bound (200 in ~190 laps, a new leader drawn about every lap) and
        // their concentration is fitted to the top leader's share, so the pack's many one-lap leaders come out short
        // (15.3 vs 18.2): a known gap of the stint model, bounded here so it cannot grow.
        var leading = type == TrackType.Superspeedway ? 0.8 : 0.85;
        Assert.InRange(sim.DriversLeading / real.DriversLeading, leading, 1.15);
        Assert.InRange(sim.Top3ShareOfFastestLaps - real.Top3ShareOfFastestLaps, -0.04, 0.04);
        // Races simulated from projections follow their strengths, so |place differential| is not a fitted target there
        // (the late noise is fitted to the winner's fastest laps): it comes out 5–14% low (superspeedways most); the
        // bound still fails a swapped type (12.3 vs 7.7–9.2).
        Assert.InRange(sim.MeanAbsPlaceDifferential / real.MeanAbsPlaceDifferential, 0.85, 1.1);
        Assert.InRange(sim.LappedRunningShare - real.LappedRunningShare, -0.05, 0.05);
    }

    [Fact]
    public void CommittedFile_RealMetrics_MatchTheData()
    {
        foreach (var row in Report.Value)
        {
            Assert.Equal(row.Real, CalibrationParameters.Default.For(row.Type).Real);
        }
    }

    [Fact]
    public void Superspeedways_HavePileUps_AndSpreadTheLead()
    {
        var p = CalibrationParameters.Default;
        var ss = p.For(TrackType.Superspeedway);
        var mean = ss.CrashSizeProbabilities.Select((q, k) => q * (k + 1)).Sum();
        var shortMean = p.For(TrackType.ShortTrack).CrashSizeProbabilities.Select((q, k) => q * (k + 1)).Sum();
        Assert.True(mean > shortMean, $"cars per crash: superspeedway {mean:F2}, short track {shortMean:F2}");
        Assert.True(ss.CrashSizeProbabilities.Length >= 5, "the Big One takes five cars or more");
        Assert.True(ss.Real.LeaderShareOfLapsLed < p.For(TrackType.ShortTrack).Real.LeaderShareOfLapsLed);
    }

    [Fact]
    public void Options_DefaultsAndValidation()
    {
        var o = new CalibratorOptions();
        Assert.Equal(20, o.SimulationsPerRace);
        Assert.Equal(10, o.MinCupRaces);
        o.Validate();
        Assert.Throws<ArgumentOutOfRangeException>(() => (o with { SimulationsPerRace = 0 }).Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => (o with { BisectionSteps = 2 }).Validate());
    }
}
