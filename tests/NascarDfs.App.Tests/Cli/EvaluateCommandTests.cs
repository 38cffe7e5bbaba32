using System.Text.Json;
using NascarDfs.Testing;

namespace NascarDfs.App.Tests.Cli;

/// <summary>The <c>evaluate</c> verb as a user runs it: the real program on the real race logs, a small window, few simulations.</summary>
[Collection(ProcessCollection.Name)]
public sealed class EvaluateCommandTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(240);

    [Fact]
    [Trait("Category", "Slow")]
    public async Task Evaluate_SmallWindow_CalibratesBeforeItAndReportsEveryRace()
    {
        using var temp = new TempFolder();
        var json = temp.File("report.json");
        // March 2024: Las Vegas, Phoenix, Bristol (and the Atlanta race of late February is before the window).
        var run = await AppProcess.RunAsync(
            ["evaluate", "--logs", TestData.RaceLogs, "--from", "2024-03-01", "--to", "2024-03-20", "--sims", "300", "--sims-per-race", "2", "--json", json],
            temp.Path, Timeout);

        Assert.True(run.ExitCode == 0, run.All);
        Assert.Contains("Evaluated 3 Cup points races", run.Output);
        Assert.Contains("Per-driver points", run.Output);
        var root = JsonDocument.Parse(File.ReadAllText(json)).RootElement;
        var races = root.GetProperty("races").EnumerateArray().ToList();
        Assert.Equal(["2024-03-03", "2024-03-10", "2024-03-17"], races.Select(r => r.GetProperty("date").GetString()));
        Assert.Contains("before 2024-03-01", root.GetProperty("calibration").GetString());
        var overall = root.GetProperty("overall");
        Assert.Equal(3, overall.GetProperty("races").GetInt32());
        var cases = overall.GetProperty("model").GetProperty("cases").GetInt32();
        Assert.Equal(races.Sum(r => r.GetProperty("starters").GetInt32()), cases);
        var deciles = overall.GetProperty("model").GetProperty("pitDeciles").EnumerateArray().Sum(d => d.GetDouble());
        Assert.Equal(1, deciles, 2);
        Assert.Equal(3, overall.GetProperty("probabilities").GetArrayLength());
        Assert.True(overall.GetProperty("model").GetProperty("crps").GetDouble() > 0);
    }

    [Fact]
    public async Task Evaluate_ToBeforeFrom_IsBadInput()
    {
        using var temp = new TempFolder();
        var run = await AppProcess.RunAsync(["evaluate", "--logs", TestData.RaceLogs, "--from", "2024-03-01", "--to", "2024-02-01"], temp.Path, Timeout);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("The window ends (2024-02-01) before it starts (2024-03-01).", run.Error);
    }

    [Fact]
    public async Task Evaluate_MissingLogs_NamesTheFile()
    {
        using var temp = new TempFolder();
        var run = await AppProcess.RunAsync(["evaluate", "--logs", temp.File("nope.csv"), "--from", "2024-03-01"], temp.Path, Timeout);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("nope.csv", run.Error);
        Assert.DoesNotContain("Exception", run.All);
    }
}
