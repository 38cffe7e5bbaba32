using NascarDfs.Domain.Slates;
using NascarDfs.Simulation.Backtests;
using NascarDfs.Simulation.Projections;
using NascarDfs.Simulation.RaceLogs;
using NascarDfs.Simulation.Tracks;
using NascarDfs.Testing;
using Xunit.Abstractions;

namespace NascarDfs.Simulation.Tests.Backtests;

/// <summary>The backtest on the five real slates (the 2019 Daytona 500 and four 2023 races), with few simulations.</summary>
public class BacktesterTests(ITestOutputHelper output)
{
    private static readonly Lazy<RaceLog> Log = new(() => RaceLog.Read(TestData.RaceLogs));

    private static readonly (string File, DateOnly Date)[] RealSlates =
    [
        ("2019-daytona-500.DKSalaries.csv", new DateOnly(2019, 2, 17)),
        ("2023-02-26-auto-club.DKSalaries.csv", new DateOnly(2023, 2, 26)),
        ("2023-03-05-las-vegas.DKSalaries.csv", new DateOnly(2023, 3, 5)),
        ("2023-03-12-phoenix.DKSalaries.csv", new DateOnly(2023, 3, 12)),
        ("2023-03-26-cota.DKSalaries.csv", new DateOnly(2023, 3, 26)),
    ];

    private static BacktestRequest Request(bool history, int sims = 200, params ulong[] seeds) =>
        new([.. RealSlates.Select(s => new BacktestSlate(SalaryFileReader.Read(TestData.File("draftkings", s.File)), s.Date))], Log.Value)
        {
            Lineups = 3,
            Simulation = new SimulationOptions { Simulations = sims },
            Seeds = seeds.Length > 0 ? seeds : [1, 2],
            History = history ? Log.Value : null,
            RandomLineups = 2_000,
        };

    private void Write(BacktestResult result)
    {
        foreach (var slate in result.Slates)
        {
            output.WriteLine($"{slate.Slate}: {slate.Race.Laps} laps ({slate.LapsSource}), hindsight {slate.HindsightBest:F1}, random mean {slate.RandomMean:F1}; {slate.Projections.Description}");
            foreach (var o in slate.Objectives)
            {
                output.WriteLine($"  {o.Objective,-10} best {o.BestActual.Mean,6:F1} ±{o.BestActual.StdDev,5:F1} p{o.BestPercentile,5:F1}  mean {o.MeanActual.Mean,6:F1} p{o.MeanPercentile,5:F1}");
            }
        }
    }

    [Fact]
    public void Run_FiveRealSlates_FileAverage_ScoresEveryObjectiveOnEverySlate()
    {
        var result = Backtester.Run(Request(history: false));
        Write(result);

        Assert.Equal(5, result.Slates.Count);
        Assert.Equal(["projection", "sim-mean", "target", "optimal", "coverage"], result.Totals.Select(t => t.Objective));
        Assert.All(result.Slates, slate =>
        {
            Assert.Equal(ProjectionSourceKind.FileAverage, slate.Projections.Kind);
            Assert.True(slate.HindsightBest > slate.RandomMean);
            Assert.All(slate.Objectives, o =>
            {
                Assert.Equal(3, o.Lineups);
                Assert.Equal(2, o.BestActual.PerSeed.Count);
                Assert.True(o.BestActual.Min >= o.MeanActual.Min - 1e-9);
                Assert.True(o.BestActual.Max <= slate.HindsightBest + 1e-9);
                Assert.InRange(o.BestPercentile, 0, 100);
                Assert.InRange(o.MeanPercentile, 0, 100);
            });

            // The projection objective has no randomness: no spread over seeds.
            Assert.Equal(0, slate.Objectives[0].BestActual.StdDev);
        });

        // Totals are the per-seed sums over the slates.
        var simMean = result.Totals.Single(t => t.Objective == "sim-mean");
        Assert.Equal(result.Slates.Sum(s => s.Objectives[1].BestActual.PerSeed[0]), simMean.BestActual.PerSeed[0], 9);
        Assert.Equal(result.Slates.Average(s => s.Objectives[1].MeanPercentile), simMean.MeanPercentile, 9);
    }

    [Fact]
    public void Run_RealSlates_UseScheduledLapsNotTheLapsRun()
    {
        var result = Backtester.Run(Request(history: false, sims: 200, seeds: 1) with { Slates = Request(false).Slates.Take(1).ToList() });
        var daytona = Assert.Single(result.Slates);

        Assert.Equal(TrackType.Superspeedway, daytona.Race.Type);
        Assert.Equal(207, daytona.LapsRun); // two overtime finishes
        Assert.Equal(200, daytona.Race.Laps); // the Daytona 500's distance
        Assert.Contains("7 overtime laps dropped", daytona.LapsSource);
        Assert.Equal(2, daytona.Warnings.Count(w => w.Contains("did not start"))); // 42 drivers priced, 40 started
        var cota = Backtester.Run(Request(history: false, sims: 200, seeds: 1) with { Slates = [Request(false).Slates[4]] }).Slates[0];
        Assert.Equal(75, cota.LapsRun);
        Assert.Equal(68, cota.Race.Laps);
    }

    [Fact]
    public void Run_History_ProjectsFromEarlierRacesOnly_AndNamesTheSource()
    {
        var request = Request(history: true, sims: 200, seeds: 1);
        var result = Backtester.Run(request with { Slates = [.. request.Slates.Skip(3).Take(1)] });
        var phoenix = Assert.Single(result.Slates);

        Assert.Equal(ProjectionSourceKind.History, phoenix.Projections.Kind);
        Assert.Contains("to 2023-03-11", phoenix.Projections.Description);
        Assert.Contains("36 starting positions", phoenix.Projections.Description); // the official grid, public before lock
        Assert.Equal(312, phoenix.Race.Laps);
    }

    [Fact]
    public void Run_AnUnknownRaceDate_IsASentenceNamingTheSlate()
    {
        var request = Request(history: false);
        var e = Assert.Throws<ArgumentException>(() => Backtester.Run(request with { Slates = [request.Slates[1] with { RaceDate = new DateOnly(2023, 1, 1) }] }));
        Assert.Equal("2023-02-26-auto-club.DKSalaries.csv: no Cup points race on 2023-01-01 (±1 day) in race-logs.csv.", e.Message);
    }
}
