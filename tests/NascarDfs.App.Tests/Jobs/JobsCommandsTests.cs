using System.Text.Json;
using NascarDfs.App.Services;
using NascarDfs.Jobs;

namespace NascarDfs.App.Tests.Jobs;

/// <summary>The history verbs and <c>status</c> as a user runs them.</summary>
[Collection(ProcessCollection.Name)]
public sealed class JobsCommandsTests
{
    [Fact]
    public async Task Submit_WithoutRunner_PrintsIdAndWarns()
    {
        using var cli = new JobsCli();
        var run = await cli.RunAsync(["jobs", "submit", "diagnostic.sleep", "--seconds", "2", "--name", "Talladega GPP", "--priority", "3"]);
        Assert.True(run.ExitCode == 0, run.Error);
        var job = await cli.GetAsync(run.Output.Trim());
        Assert.Equal(("diagnostic.sleep", "Talladega GPP", 3, JobState.Queued), (job.Kind, job.Name, job.Priority, job.State));
        Assert.Equal(2, JsonDocument.Parse(job.Config).RootElement.GetProperty("seconds").GetDouble());
        Assert.Contains("no runner is alive", run.Error);
        Assert.Contains("nascar-dfs worker", run.Error);
    }

    [Fact]
    public async Task DiagnosticKinds_WithoutTheVariable_AreRefusedAndHidden()
    {
        using var cli = new JobsCli();
        var run = await cli.RunAsync(["jobs", "submit", "diagnostic.sleep"], diagnostic: false);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Unknown job kind 'diagnostic.sleep'", run.Error);
        var help = await cli.RunAsync(["jobs", "submit", "--help"], diagnostic: false);
        Assert.DoesNotContain("diagnostic", help.Output);
    }

    [Fact]
    public async Task HistoryVerbs_ShowRerunDeleteClearExport()
    {
        using var cli = new JobsCli();
        var id = (await cli.SubmitSleepAsync(seconds: 1))[0];
        await cli.RunAsync(["jobs", "cancel", id]);

        var show = await cli.RunAsync(["jobs", "show", id]);
        Assert.Contains("State:           cancelled", show.Output);
        var json = await cli.RunAsync(["jobs", "show", id, "--format", "json"]);
        Assert.Equal(1, JsonDocument.Parse(json.Output).RootElement.GetProperty("config").GetProperty("seconds").GetInt32());

        var rerun = await cli.RunAsync(["jobs", "rerun", id]);
        var copy = await cli.GetAsync(rerun.Output.Trim());
        Assert.Equal((id, JobState.Queued), (copy.RerunOf, copy.State));

        var list = await cli.RunAsync(["jobs", "list", "--state", "queued", "--format", "json"]);
        Assert.Equal(copy.Id, JsonDocument.Parse(list.Output).RootElement[0].GetProperty("id").GetString());
        Assert.Equal(1, (await cli.RunAsync(["jobs", "list", "--state", "bogus"])).ExitCode);

        var csv = Path.Combine(cli.Folder, "history.csv");
        Assert.Equal(0, (await cli.RunAsync(["jobs", "export", "--format", "csv", "--out", csv])).ExitCode);
        Assert.Equal(3, File.ReadAllLines(csv).Length);

        Assert.Contains("Cleared 1 finished job.", (await cli.RunAsync(["jobs", "clear"])).Output);
        Assert.Equal(0, (await cli.RunAsync(["jobs", "delete", copy.Id])).ExitCode);
        Assert.Equal(0, (await cli.Store.CountAsync()).Total);
        Assert.Contains("Pruned 0 jobs", (await cli.RunAsync(["jobs", "prune", "--older-than", "1"])).Output);
    }

    [Fact]
    public async Task Status_Xbar_CountsRecentJobsAndLinkToTheServer()
    {
        using var cli = new JobsCli();
        var ids = await cli.SubmitSleepAsync(seconds: 1, count: 3);
        var empty = await cli.RunAsync(["status", "--format", "xbar"]);
        var lines = empty.Output.Split('\n');
        Assert.Equal(("🏁 3", "---"), (lines[0], lines[1]));
        Assert.Contains("Queued: 3", empty.Output);
        Assert.Contains($"#{ids[2]} sleep 1 s — queued", empty.Output);
        Assert.DoesNotContain("Open NascarDfs", empty.Output);

        // A server.json written by a live process (this test host stands in for `serve`).
        ServerFile.Write(new DataFolder(cli.Folder, cli.DatabasePath), "http://127.0.0.1:5057");
        var serving = await cli.RunAsync(["status", "--format", "xbar"]);
        Assert.Contains("Open NascarDfs | href=http://127.0.0.1:5057", serving.Output);

        var json = JsonDocument.Parse((await cli.RunAsync(["status", "--format", "json"])).Output).RootElement;
        Assert.Equal((3, 0, "http://127.0.0.1:5057"), (json.GetProperty("queued").GetInt32(), json.GetProperty("running").GetInt32(), json.GetProperty("serverUrl").GetString()));
        Assert.Equal(3, json.GetProperty("recent").GetArrayLength());
    }
}
