using System.Text.Json;
using NascarDfs.Jobs;
using NascarDfs.Testing;

namespace NascarDfs.App.Tests.Jobs;

/// <summary>An optimization as a queued job: submitted from the CLI, run by a real worker process, exported, re-run.</summary>
[Collection(ProcessCollection.Name)]
public sealed class OptimizeJobTests
{
    [Fact]
    public async Task SubmitOptimize_WorkerRunsIt_ExportLineupsWritesTheSlateIds()
    {
        using var cli = new JobsCli();
        var submit = await cli.RunAsync(["jobs", "submit", "optimize", "--name", "Daytona test", "--slate", TestData.Daytona2019Slate,
            "--race-date", "2019-02-17", "--lineups", "5", "--max-exposure", "60"]);
        Assert.True(submit.ExitCode == 0, submit.Error);
        var id = submit.Output.Trim();
        Assert.Contains("no runner is alive", submit.Error);

        using var worker = cli.StartWorker(1);
        await JobsCli.WaitAsync(async () => (await cli.GetAsync(id)).State == JobState.Completed, 60, "the optimize job to complete");

        var job = await cli.GetAsync(id);
        Assert.Equal("Daytona test", job.Name);
        Assert.Equal(100, job.Progress);
        var result = JsonDocument.Parse(job.Result!).RootElement;
        Assert.Equal(5, result.GetProperty("lineups").GetArrayLength());
        Assert.Equal("draftkings-legacy", result.GetProperty("scoring").GetString());

        var upload = Path.Combine(cli.Folder, "upload.csv");
        var export = await cli.RunAsync(["jobs", "export-lineups", id, "--out", upload]);
        Assert.True(export.ExitCode == 0, export.Error);
        var rows = File.ReadAllLines(upload);
        Assert.Equal("D,D,D,D,D,D", rows[0]);
        var slateIds = File.ReadAllLines(TestData.Daytona2019Slate).Skip(1).Select(l => l.Split(',')[3]).ToHashSet();
        Assert.Equal(5, rows.Length - 1);
        Assert.All(rows.Skip(1), r => Assert.All(r.Split(','), cell => Assert.Contains(cell, slateIds)));
    }

    [Fact]
    public async Task Rerun_OfAnOptimizeJob_GivesTheSameLineupsAfterTheSlateFileIsGone()
    {
        using var cli = new JobsCli();
        var slate = Path.Combine(cli.Folder, "slate.csv");
        File.Copy(TestData.Daytona2019Slate, slate);
        var submit = await cli.RunAsync(["jobs", "submit", "optimize", "--slate", slate, "--lineups", "4", "--randomness", "20"]);
        Assert.True(submit.ExitCode == 0, submit.Error);
        var first = submit.Output.Trim();
        File.Delete(slate); // the config embeds the slate as it was

        var rerun = await cli.RunAsync(["jobs", "rerun", first]);
        Assert.True(rerun.ExitCode == 0, rerun.Error);
        var second = rerun.Output.Trim().Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1].Trim().TrimStart('#');

        using var worker = cli.StartWorker(2);
        await JobsCli.WaitAsync(async () => (await cli.GetAsync(first)).State == JobState.Completed && (await cli.GetAsync(second)).State == JobState.Completed, 60, "both jobs to complete");

        static string Lineups(JobRecord job) => JsonDocument.Parse(job.Result!).RootElement.GetProperty("lineups").GetRawText();
        Assert.Equal(Lineups(await cli.GetAsync(first)), Lineups(await cli.GetAsync(second)));
    }

    [Fact]
    public async Task SubmitOptimize_ConflictingConstraints_IsRefusedBeforeQueueing()
    {
        using var cli = new JobsCli();
        var submit = await cli.RunAsync(["jobs", "submit", "optimize", "--sample", "--lock", "Kyle Larson", "--exclude", "Kyle Larson"]);

        Assert.Equal(1, submit.ExitCode);
        Assert.Contains("Kyle Larson is locked but also excluded", submit.Error);
        var list = await cli.RunAsync(["jobs", "list", "--format", "json"]);
        Assert.DoesNotContain("optimize", list.Output);
    }

    [Fact]
    public async Task SubmitSimulate_WorkerRunsIt_ResultHasEveryDriversDistribution()
    {
        using var cli = new JobsCli();
        var submit = await cli.RunAsync(["jobs", "submit", "simulate", "--sample", "--track", "Talladega", "--laps", "188", "--sims", "800", "--seed", "3"]);
        Assert.True(submit.ExitCode == 0, submit.Error);
        var id = submit.Output.Trim();

        using var worker = cli.StartWorker(1);
        await JobsCli.WaitAsync(async () => (await cli.GetAsync(id)).State == JobState.Completed, 90, "the simulate job to complete");

        var job = await cli.GetAsync(id);
        Assert.Equal("simulate", job.Kind);
        var result = JsonDocument.Parse(job.Result!).RootElement;
        Assert.Equal(800, result.GetProperty("simulations").GetInt32());
        var drivers = result.GetProperty("drivers").EnumerateArray().ToList();
        Assert.Equal(38, drivers.Count);
        Assert.InRange(drivers.Sum(d => d.GetProperty("winProbability").GetDouble()), 0.99, 1.01); // one winner per race
        Assert.All(result.GetProperty("histograms").EnumerateArray(), h => Assert.Equal(800, h.GetProperty("counts").EnumerateArray().Sum(c => c.GetInt32())));
    }

    [Fact]
    public async Task SubmitSimulate_WithoutARace_IsRefused()
    {
        using var cli = new JobsCli();
        var submit = await cli.RunAsync(["jobs", "submit", "simulate", "--sample"]);
        Assert.Equal(1, submit.ExitCode);
        Assert.Contains("--laps", submit.Error);
    }
}
