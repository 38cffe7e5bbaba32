using NascarDfs.Testing;

namespace NascarDfs.App.Tests.Cli;

/// <summary>The commands that run in the terminal share their options with <c>jobs submit</c>; the queue and database
/// options, which they would ignore, are refused with a sentence that names them and the command that takes them.</summary>
[Collection(ProcessCollection.Name)]
public sealed class QueueOptionsTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData("optimize", "--name", "Talladega GPP")]
    [InlineData("optimize", "--priority", "5")]
    [InlineData("simulate", "--durable", null)]
    [InlineData("evaluate", "--db", "other.db")]
    [InlineData("simulate", "--prefer-gpu", null)]
    public async Task DirectCommand_WithAQueueOption_IsRefusedAndPointsAtJobsSubmit(string command, string option, string? value)
    {
        using var temp = new TempFolder();
        string[] args = command switch
        {
            "optimize" => ["optimize", "--sample", "--lineups", "2"],
            "simulate" => ["simulate", "--slate", TestData.Daytona2019Slate, "--track-type", "superspeedway", "--sims", "100"],
            _ => ["evaluate", "--logs", TestData.RaceLogs, "--from", "2024-03-01", "--to", "2024-03-05", "--sims", "100"],
        };
        var run = await AppProcess.RunAsync([.. args, option, .. value is null ? Array.Empty<string>() : [value]], temp.Path, Timeout);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{option} is an option of a queued job: `nascar-dfs jobs submit {command}` takes it", run.All);
        Assert.False(File.Exists(Path.Combine(temp.Path, "nascar-dfs.db")), "no job database is created");
    }

    [Fact]
    public async Task DirectCommand_WithSeveralQueueOptions_NamesThemAll()
    {
        using var temp = new TempFolder();
        var run = await AppProcess.RunAsync(["optimize", "--sample", "--name", "x", "--priority", "2", "--data-dir", temp.Path], temp.Path, Timeout);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--name, --priority, --data-dir are options of a queued job", run.All);
    }

    [Theory]
    [InlineData("optimize")]
    [InlineData("simulate")]
    [InlineData("evaluate")]
    public async Task DirectCommand_Help_LeavesOutTheQueueOptions_ItsJobsSubmitFormListsThem(string command)
    {
        using var temp = new TempFolder();
        var direct = await AppProcess.RunAsync([command, "--help"], temp.Path, Timeout);
        var queued = await AppProcess.RunAsync(["jobs", "submit", command, "--help"], temp.Path, Timeout);

        Assert.Equal(0, direct.ExitCode);
        Assert.Equal(0, queued.ExitCode);
        Assert.Contains("--seed", direct.All); // the command's own options are still there
        string[] race = command == "evaluate" ? [] : ["--prefer-gpu"]; // evaluate's jobs take no --prefer-gpu
        foreach (var option in new[] { "--name", "--priority", "--db", "--store", "--data-dir", "--durable" }.Concat(race))
        {
            Assert.DoesNotContain(option + " ", direct.All);
            Assert.Contains(option + " ", queued.All);
        }
    }
}
