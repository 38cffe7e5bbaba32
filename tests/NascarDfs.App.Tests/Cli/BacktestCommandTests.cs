using System.Text.Json;
using NascarDfs.Testing;

namespace NascarDfs.App.Tests.Cli;

/// <summary>The <c>backtest</c> verb over several real slates, as a user runs it (few simulations).</summary>
[Collection(ProcessCollection.Name)]
public sealed class BacktestCommandTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(240);

    [Fact]
    public async Task Backtest_TwoSlates_PrintsEachSlateAndTheTotal_WithHistoryProjections()
    {
        using var temp = new TempFolder();
        var json = temp.File("backtest.json");
        var run = await AppProcess.RunAsync(["backtest",
            "--slate", TestData.File("draftkings", "2023-03-12-phoenix.DKSalaries.csv"),
            "--slate", TestData.File("draftkings", "2023-03-05-las-vegas.DKSalaries.csv"),
            "--logs", TestData.RaceLogs, "--history", TestData.RaceLogs, "--lineups", "3", "--sims", "150", "--seeds", "2",
            "--random-lineups", "500", "--json", json], temp.Path, Timeout);

        Assert.True(run.ExitCode == 0, run.All);
        Assert.Contains("Phoenix Raceway 2023-03-12", run.Output);
        Assert.Contains("312 scheduled laps", run.Output);
        Assert.Contains("Projections: the history projector on race-logs.csv", run.Output);
        Assert.Contains("All 2 slates", run.Output);
        Assert.Contains("Chase Elliott is not in the 2023-03-05 race", run.Output); // priced at Las Vegas, injured
        var root = JsonDocument.Parse(File.ReadAllText(json)).RootElement;
        Assert.Equal(2, root.GetProperty("slates").GetArrayLength());
        var total = root.GetProperty("totals").EnumerateArray().First(t => t.GetProperty("objective").GetString() == "coverage");
        Assert.Equal(2, total.GetProperty("bestActual").GetProperty("perSeed").GetArrayLength());
    }

    [Fact]
    public async Task Backtest_ASlateWithoutADate_AsksForFileAtDate()
    {
        using var temp = new TempFolder();
        var run = await AppProcess.RunAsync(["backtest", "--slate", TestData.Daytona2019Slate, "--slate", TestData.File("draftkings", "2023-03-12-phoenix.DKSalaries.csv"),
            "--logs", TestData.RaceLogs], temp.Path, Timeout);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("the race date is unknown; give it as 2019-daytona-500.DKSalaries.csv@YYYY-MM-DD", run.Error);
        Assert.DoesNotContain("Exception", run.All);
    }
}
