using NascarDfs.Domain.Scoring;
using NascarDfs.Simulation.Tracks;

namespace NascarDfs.Simulation.Tests.Model;

/// <summary>The projection's StdDev: a driver with a larger one gets a wider distribution around the same mean.</summary>
public class StrengthShiftTests
{
    private static SimulationResult Run(List<Domain.Slates.Driver> slate, ulong seed = 11) =>
        RaceSimulator.Run(new SimulationRequest(slate, ScoringTables.DraftKings, new Race(TrackType.Intermediate, 267))
        {
            Options = new SimulationOptions { Simulations = 20_000, Seed = seed },
        });

    [Fact]
    public void LargerStdDev_WiderDistribution_SameMean()
    {
        var slate = TestSlates.Realistic(5, 40);
        // A mid-field driver: his projection is reachable with room above and below.
        var k = 12;
        var baseSd = slate.Select(d => d with { StdDev = 10.0 }).ToList();
        var wide = baseSd.Select((d, i) => i == k ? d with { StdDev = 30.0 } : d).ToList();
        var a = Run(baseSd).SummarizeDrivers()[k];
        var b = Run(wide).SummarizeDrivers()[k];
        // Means are fitted to the same target (2% / 0.5 points tolerance) ...
        Assert.InRange(b.Mean - a.Mean, -1.0, 1.0);
        // ... while the spread grows: his p90 − p10 and standard deviation are clearly larger.
        Assert.True(b.StdDev > a.StdDev * 1.05, $"sd {a.StdDev:F2} → {b.StdDev:F2}");
        // (The central band grows less than the sd since the hot days, which widen every driver's tails alike: +4.6%.)
        Assert.True(b.P90 - b.P10 > (a.P90 - a.P10) * 1.03, $"p10–p90 {a.P90 - a.P10:F2} → {b.P90 - b.P10:F2}");
    }

    [Fact]
    public void StdDev_OnlyItsRatioToTheFieldMatters()
    {
        var slate = TestSlates.Realistic(6, 40);
        var one = slate.Select((d, i) => d with { StdDev = 8.0 + i % 5 }).ToList();
        var doubled = one.Select(d => d with { StdDev = 2 * d.StdDev }).ToList();
        Assert.Equal(Run(one).PointsMatrix.ToArray(), Run(doubled).PointsMatrix.ToArray());
    }

    [Fact]
    public void Shifts_AreTheDefaultTimesTheRatioToTheMedian_Capped()
    {
        var slate = TestSlates.Random(3, 10, starts: true);
        slate = slate.Select((d, i) => d with { StdDev = i switch { 0 => 100.0, 1 => null, _ => 10.0 } }).ToList();
        var request = new SimulationRequest(slate, ScoringTables.DraftKings, new Race(TrackType.Intermediate, 267));
        var p = NascarDfs.Simulation.Calibration.CalibrationParameters.Default.For(TrackType.Intermediate);
        var shifts = RaceSimulator.Shifts(p, request, NascarDfs.Simulation.Model.Field.Build(slate));
        Assert.Equal(3 * p.StrengthShift, shifts[0], 5);
        Assert.Equal(p.StrengthShift, shifts[1], 5);
        Assert.All(shifts.Skip(2), s => Assert.Equal(p.StrengthShift, s, 5));
    }
}
