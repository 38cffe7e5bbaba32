using NascarDfs.Domain.Scoring;
using NascarDfs.Simulation.Calibration;
using NascarDfs.Simulation.Tracks;

namespace NascarDfs.Simulation.Tests.Model;

/// <summary>Hot days: a mid-field driver's ceiling rises (he can lead, run the fast laps and win together) while his mean
/// stays fitted to his projection.</summary>
public class HotDayTests
{
    private static SimulationResult Run(double hotRate)
    {
        var committed = CalibrationParameters.Default;
        var calibration = committed with
        {
            Types = [.. committed.Types.Select(t => t.Type == TrackType.Intermediate ? t with { HotCarRate = hotRate, HotCarLift = 4 } : t)],
        };
        return RaceSimulator.Run(new SimulationRequest(TestSlates.Realistic(5, 40), ScoringTables.DraftKings, new Race(TrackType.Intermediate, 267))
        {
            Options = new SimulationOptions { Simulations = 20_000, Seed = 3, Calibration = calibration },
        });
    }

    [Fact]
    public void HotDays_RaiseAMidFieldDriversCeiling_AtTheSameMean()
    {
        const int k = 12;
        var cold = Run(0).SummarizeDrivers()[k];
        var hot = Run(0.05).SummarizeDrivers()[k];

        Assert.InRange(hot.Mean - cold.Mean, -1.0, 1.0);
        // 67.5 → 91.8 points on this slate: a hot day makes a dominator of him.
        Assert.True(hot.P99 > cold.P99 + 10, $"p99 {cold.P99:F1} → {hot.P99:F1}");
    }
}
