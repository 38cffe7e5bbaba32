using NascarDfs.App.Cli;
using NascarDfs.App.Optimize;
using NascarDfs.App.Simulate;
using NascarDfs.Simulation;
using NascarDfs.Simulation.Projections;
using NascarDfs.Testing;

namespace NascarDfs.App.Tests.Optimize;

/// <summary>
/// Issue 9: every command resolves projections one way. Without projections, <c>simulate</c>, the simulation objectives of
/// <c>optimize</c> and a queued job (its stored config read back, as a worker reads it) give the same distribution, and
/// it follows the salary file's average (rank correlation with salary positive, not the −1.00 of the grid-only path).
/// </summary>
public sealed class ProjectionResolutionTests
{
    private static readonly string Phoenix = TestData.File("draftkings", "2023-03-12-phoenix.DKSalaries.csv");
    private const int Sims = 400;
    private const ulong Seed = 7;

    [Fact]
    public void NoProjections_SimulateOptimizeAndAJob_GiveTheSameMeans_PositivelyRankedWithSalary()
    {
        var (request, source) = SimulateCommand.CreateRequest(new SimulateSettings { Slate = Phoenix, Track = "Phoenix", Laps = 312, Sims = Sims, Seed = Seed });
        var simulate = RaceSimulator.Run(request).SummarizeDrivers().ToDictionary(d => d.DriverId, d => d.Mean);
        Assert.Equal(ProjectionSourceKind.FileAverage, source.Kind);

        var optimizeSettings = new OptimizeCommand.Settings
        {
            Slate = Phoenix,
            Objective = "sim-mean",
            Track = "Phoenix",
            Laps = 312,
            Sims = Sims,
            Seed = Seed,
            Lineups = 2,
        };
        var optimize = OptimizeRunner.Run(OptimizeService.Check(OptimizeArgsFactory.Optimize(optimizeSettings)).PlanOrThrow());
        Assert.Equal("file-average", optimize.ProjectionSource!.Kind);

        // The job: its config written and read back as the worker reads it, then run by the job's runner.
        var jobArgs = SimulateService.Codec.ReadArgs(SimulateService.Codec.WriteArgs(OptimizeArgsFactory.Simulate(optimizeSettings)));
        var job = SimulateRunner.Run(SimulateService.Check(jobArgs).PlanOrThrow());
        Assert.Equal("file-average", job.ProjectionSource!.Kind);

        var fromOptimize = optimize.Simulation!.Drivers.ToDictionary(d => d.DriverId, d => d.Mean);
        var fromJob = job.Drivers.ToDictionary(d => d.DriverId, d => d.Mean);
        Assert.Equal(simulate.Count, fromJob.Count);
        foreach (var (id, mean) in simulate)
        {
            Assert.Equal(mean, fromOptimize[id], 9);
            Assert.Equal(mean, fromJob[id], 9);
        }

        var salaries = job.Drivers.Select(d => (double)d.Salary).ToArray();
        var means = job.Drivers.Select(d => d.Mean).ToArray();
        var rho = Spearman(salaries, means);
        Assert.True(rho > 0.3, $"rank correlation of simulated means with salary {rho:F2}");
    }

    [Fact]
    public void History_WithoutAFile_IsTheJobsSource_AndAFileBeatsIt()
    {
        var settings = new OptimizeCommand.Settings
        {
            Slate = Phoenix,
            History = TestData.RaceLogs,
            Track = "Phoenix",
            RaceDate = "2023-03-12",
            Lineups = 1,
        };
        var args = OptimizeService.Codec.ReadArgs(OptimizeService.Codec.WriteArgs(OptimizeArgsFactory.Optimize(settings)));
        Assert.Equal(ProjectionSourceKind.History, args.ProjectionSource!.Kind);
        Assert.StartsWith("history projector", args.Projections!.FileName);
        var result = OptimizeRunner.Run(OptimizeService.Check(args).PlanOrThrow());
        Assert.Equal("history", result.ProjectionSource!.Kind);
        Assert.Contains("race-logs.csv", result.ProjectionSource.Description);

        using var temp = new TempFolder();
        var mine = temp.File("mine.csv");
        File.WriteAllText(mine, "Name,Projection\nKyle Larson,60\n");
        var withFile = OptimizeArgsFactory.Optimize(new OptimizeCommand.Settings
        {
            Slate = Phoenix,
            Projections = mine,
            History = TestData.RaceLogs,
            Track = "Phoenix",
            RaceDate = "2023-03-12",
            Lineups = 1,
        });
        Assert.Equal(ProjectionSourceKind.File, withFile.ProjectionSource!.Kind);
    }

    [Fact]
    public void History_WithoutARaceDate_IsASentenceNamingTheOption()
    {
        var e = Assert.Throws<ArgumentException>(() => OptimizeArgsFactory.Optimize(new OptimizeCommand.Settings
        {
            Slate = Phoenix,
            History = TestData.RaceLogs,
            Track = "Phoenix",
        }));
        Assert.Equal("--history needs --race-date YYYY-MM-DD: the history projector reads only the races before that date.", e.Message);
    }

    private static double Spearman(double[] x, double[] y)
    {
        static double[] Ranks(double[] v)
        {
            var order = Enumerable.Range(0, v.Length).OrderBy(i => v[i]).ToArray();
            var ranks = new double[v.Length];
            for (var i = 0; i < order.Length;)
            {
                var j = i;
                while (j + 1 < order.Length && v[order[j + 1]] == v[order[i]]) j++;
                for (var k = i; k <= j; k++) ranks[order[k]] = (i + j) / 2.0;
                i = j + 1;
            }

            return ranks;
        }

        var (rx, ry) = (Ranks(x), Ranks(y));
        var (mx, my) = (rx.Average(), ry.Average());
        var cov = rx.Zip(ry).Sum(p => (p.First - mx) * (p.Second - my));
        return cov / Math.Sqrt(rx.Sum(a => (a - mx) * (a - mx)) * ry.Sum(b => (b - my) * (b - my)));
    }
}
