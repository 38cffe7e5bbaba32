using NascarDfs.Domain.Slates;
using NascarDfs.Simulation.Backtests;
using NascarDfs.Simulation.RaceLogs;
using NascarDfs.Simulation.Tracks;
using NascarDfs.Testing;
using Xunit.Abstractions;

namespace NascarDfs.Simulation.Tests.Backtests;

public class BacktesterTests(ITestOutputHelper output)
{
    [Fact]
    public void Run_Daytona500Of2019_ScoresEveryObjectiveWithTheRealRace()
    {
        var slate = SlateAssembler.Assemble(SalaryFileReader.Read(TestData.Daytona2019Slate), null);
        var result = Backtester.Run(new BacktestRequest(slate, RaceLog.Read(TestData.RaceLogs), new DateOnly(2019, 2, 17))
        {
            Lineups = 20,
            Simulation = new SimulationOptions { Simulations = 3_000, Seed = 1 },
        });

        foreach (var row in result.Rows) output.WriteLine($"{row.Objective,-10} best {row.BestActual,7:F2} mean {row.MeanActual,7:F2} reached {row.ReachedTarget}");
        output.WriteLine($"target {result.Target:F2}, hindsight best {result.HindsightBest:F2}; {string.Join(" | ", result.Warnings)}");
        Assert.Equal("draftkings-legacy", result.Scoring);
        Assert.Equal(TrackType.Superspeedway, result.Race.Type);
        Assert.Equal(207, result.Race.Laps); // two overtime finishes: 207 laps run
        Assert.Equal(["projection", "sim-mean", "target", "optimal", "coverage"], result.Rows.Select(r => r.Objective));
        Assert.All(result.Rows, r =>
        {
            Assert.Equal(20, r.Lineups);
            Assert.True(r.BestActual >= r.MeanActual);
            Assert.True(r.BestActual <= result.HindsightBest + 1e-9);
        });
        // 42 drivers on the slate, 40 started.
        Assert.Equal(2, result.Warnings.Count(w => w.Contains("did not start")));
    }
}
