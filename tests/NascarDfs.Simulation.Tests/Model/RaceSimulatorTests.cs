using NascarDfs.Domain.Scoring;
using NascarDfs.Simulation.Tracks;

namespace NascarDfs.Simulation.Tests.Model;

public class RaceSimulatorTests
{
    private static SimulationRequest Request(ulong seed, int sims, int threads, TrackType type = TrackType.Intermediate, bool realistic = false) =>
        new(realistic ? TestSlates.Realistic(seed, 40, type, 2) : TestSlates.Random(seed, 40, outDrivers: 2), ScoringTables.DraftKings, new Race(type, 200))
        {
            Options = new SimulationOptions { Simulations = sims, Seed = seed, MaxDegreeOfParallelism = threads },
        };

    [Theory]
    [InlineData(TrackType.Superspeedway)]
    [InlineData(TrackType.Intermediate)]
    [InlineData(TrackType.ShortTrack)]
    [InlineData(TrackType.RoadCourse)]
    [InlineData(TrackType.Dirt)]
    public void Run_FitsEveryDriversMeanToHisScaledProjection(TrackType type)
    {
        var result = RaceSimulator.Run(Request(3, 10_000, Environment.ProcessorCount, type, realistic: true));
        Assert.Equal(38, result.Fit.Length);
        Assert.All(result.Fit, f => Assert.True(f.WithinTolerance, $"{f.Name}: simulated {f.SimulatedMean:F2}, target {f.Target:F2}"));
        Assert.InRange(result.ScaleFactor, 0.5, 2.0);
        var means = result.SummarizeDrivers();
        Assert.Equal(result.ExpectedFieldTotal, means.Sum(m => m.Mean), 0);
    }

    [Fact]
    public void Run_InflatedProjections_AreScaledToTheFieldTotal()
    {
        var slate = TestSlates.Realistic(8, 40, TrackType.ShortTrack).Select(d => d with { Projection = d.Projection * 1.5 }).ToList();
        var result = RaceSimulator.Run(new SimulationRequest(slate, ScoringTables.DraftKings, new Race(TrackType.ShortTrack, 200))
        {
            Options = new SimulationOptions { Simulations = 8_000, Seed = 8 },
        });
        Assert.InRange(result.ScaleFactor, 0.6, 0.72);
        Assert.All(result.Fit, f => Assert.True(f.WithinTolerance, $"{f.Name}: {f.SimulatedMean:F2} vs {f.Target:F2}"));
        Assert.Equal(result.ExpectedFieldTotal, result.Fit.Sum(f => f.Target), 6);
    }

    [Fact]
    public void Run_UnreachableProjection_IsReportedNotHidden()
    {
        // A car starting last cannot average under about 10 points: crashes ahead move him up.
        var slate = TestSlates.Realistic(9, 40);
        var last = slate.FindIndex(d => d.Start == 40);
        slate[last] = slate[last] with { Projection = 0.5 };
        var result = RaceSimulator.Run(new SimulationRequest(slate, ScoringTables.DraftKings, new Race(TrackType.Intermediate, 200))
        {
            Options = new SimulationOptions { Simulations = 4_000, Seed = 9 },
        });
        Assert.False(result.Fit.Single(f => f.DriverId == slate[last].Id).WithinTolerance);
        Assert.Contains(result.Warnings, w => w.Contains(slate[last].Name));
        // His surplus comes out of the fixed field total: the others are rescaled to what is left and still fit.
        Assert.All(result.Fit.Where(f => f.DriverId != slate[last].Id), f => Assert.True(f.WithinTolerance, $"{f.Name}: {f.SimulatedMean:F2} vs {f.Target:F2}"));
    }

    [Fact]
    public void Run_SameSeed_SameRacesWhateverTheThreadCount()
    {
        var one = RaceSimulator.Run(Request(11, 3_000, 1));
        var four = RaceSimulator.Run(Request(11, 3_000, 4));
        Assert.True(one.PointsMatrix.Span.SequenceEqual(four.PointsMatrix.Span));
        var other = RaceSimulator.Run(Request(12, 3_000, 4));
        Assert.False(one.PointsMatrix.Span.SequenceEqual(other.PointsMatrix.Span));
    }

    [Fact]
    public void Run_OutDrivers_ScoreZeroAndNeverFinish()
    {
        var request = Request(4, 2_000, 2);
        var result = RaceSimulator.Run(request);
        var summaries = result.SummarizeDrivers();
        for (var d = 0; d < request.Drivers.Count; d++)
        {
            if (!request.Drivers[d].Out) continue;
            Assert.Equal(0, summaries[d].Mean);
            Assert.Equal(0, summaries[d].WinProbability);
            Assert.Null(summaries[d].Start);
        }
    }

    [Fact]
    public void Run_ReportsProgressAndHonoursCancel()
    {
        var reports = new List<SimulationProgress>();
        var progress = new SynchronousProgress(p => { lock (reports) reports.Add(p); });
        RaceSimulator.Run(Request(5, 5_000, 2), progress);
        Assert.Contains(reports, r => r.Phase == "fit");
        Assert.Equal(100, reports.Max(r => r.Percent), 6);

        using var cts = new CancellationTokenSource();
        var cancelling = new SynchronousProgress(p => { if (p.Phase == "simulate") cts.Cancel(); });
        Assert.ThrowsAny<OperationCanceledException>(() => RaceSimulator.Run(Request(5, 200_000, 2), cancelling, cts.Token));
    }

    [Theory]
    [InlineData(TrackType.Intermediate, 1)]
    [InlineData(TrackType.Superspeedway, 2)]
    [InlineData(TrackType.RoadCourse, 4)]
    public void Run_ProgressOnlyMovesForward_FitThenSimulate_EndsAt100(TrackType type, int threads)
    {
        // Issue 13 defect 4: with projections to fit, the final corrections re-simulate every race; the bar must not restart.
        var reports = new List<SimulationProgress>();
        var progress = new SynchronousProgress(p => { lock (reports) reports.Add(p); });
        RaceSimulator.Run(Request(11, 20_000, threads, type, realistic: true), progress);

        var percents = reports.Select(r => r.Percent).ToList();
        for (var i = 1; i < percents.Count; i++) Assert.True(percents[i] >= percents[i - 1], $"progress went from {percents[i - 1]:F1}% to {percents[i]:F1}% ({reports[i].Message})");
        Assert.Equal(100, percents[^1], 6);
        var phases = reports.Select(r => r.Phase).Distinct().ToList();
        Assert.Equal(["fit", "simulate"], phases);
        Assert.All(reports, r => Assert.False(string.IsNullOrWhiteSpace(r.Message)));
    }

    [Fact]
    public void Summaries_AreConsistent()
    {
        var result = RaceSimulator.Run(Request(6, 5_000, 2));
        var s = result.SummarizeDrivers();
        Assert.Equal(1, s.Sum(x => x.WinProbability), 6);
        Assert.Equal(5, s.Sum(x => x.Top5Probability), 6);
        Assert.Equal(200, s.Sum(x => x.MeanLapsLed), 3);
        Assert.All(s.Where(x => x.Start is not null), x => Assert.True(x.P10 <= x.P50 && x.P50 <= x.P90 && x.P90 <= x.P99));
        var top = s.Select((x, i) => (x, i)).OrderByDescending(t => t.x.Mean).Take(6).Select(t => t.i).ToList();
        var lineup = result.SummarizeLineup(top, 300);
        Assert.Equal(top.Sum(i => s[i].Mean), lineup.Mean, 2);
        Assert.InRange(lineup.TargetProbability!.Value, 0, 1);
    }

    [Fact]
    public void Options_DefaultsAndValidation()
    {
        var o = new SimulationOptions();
        Assert.Equal(SimulationDefaults.Simulations, o.Simulations);
        Assert.Equal(SimulationDefaults.Seed, o.Seed);
        Assert.True(o.FitToProjections);
        o.Validate();
        Assert.Throws<ArgumentOutOfRangeException>(() => (o with { Simulations = 0 }).Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => (o with { MaxDegreeOfParallelism = 0 }).Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => (o with { FitSimulations = 10 }).Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => new Race(TrackType.Dirt, 0).Validate());
    }

    private sealed class SynchronousProgress(Action<SimulationProgress> report) : IProgress<SimulationProgress>
    {
        public void Report(SimulationProgress value) => report(value);
    }
}
