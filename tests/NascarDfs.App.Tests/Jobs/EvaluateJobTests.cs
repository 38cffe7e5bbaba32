using System.Text.Json;
using NascarDfs.Jobs;
using NascarDfs.Testing;

namespace NascarDfs.App.Tests.Jobs;

/// <summary>The evaluation as a queued job: submitted from the CLI, run by a real worker process with progress, cancellable.</summary>
[Collection(ProcessCollection.Name)]
public sealed class EvaluateJobTests
{
    [Fact]
    public async Task SubmitEvaluate_WorkerRunsIt_ResultIsTheReport()
    {
        using var cli = new JobsCli();
        var submit = await cli.RunAsync(["jobs", "submit", "evaluate", "--logs", TestData.RaceLogs, "--from", "2024-03-10", "--to", "2024-03-10",
            "--sims", "200", "--committed-calibration"]);
        Assert.True(submit.ExitCode == 0, submit.Error);
        var id = submit.Output.Trim();

        using var worker = cli.StartWorker(1);
        await JobsCli.WaitAsync(async () => (await cli.GetAsync(id)).State is JobState.Completed or JobState.Failed, 120, "the evaluate job to finish");

        var job = await cli.GetAsync(id);
        Assert.True(job.State == JobState.Completed, job.Error);
        Assert.Equal("evaluate", job.Kind);
        Assert.Equal(100, job.Progress);
        var report = JsonDocument.Parse(job.Result!).RootElement.GetProperty("report");
        Assert.Equal(1, report.GetProperty("overall").GetProperty("races").GetInt32());
        Assert.Equal("2024-03-10", report.GetProperty("races")[0].GetProperty("date").GetString());
    }

    [Fact]
    public async Task SubmitEvaluate_Queued_CanBeCancelled()
    {
        using var cli = new JobsCli();
        var submit = await cli.RunAsync(["jobs", "submit", "evaluate", "--logs", TestData.RaceLogs, "--from", "2024-03-10", "--to", "2024-03-10", "--committed-calibration"]);
        Assert.True(submit.ExitCode == 0, submit.Error);
        var id = submit.Output.Trim();

        var cancel = await cli.RunAsync(["jobs", "cancel", id]);
        Assert.True(cancel.ExitCode == 0, cancel.Error);
        Assert.Equal(JobState.Cancelled, (await cli.GetAsync(id)).State);
    }

    [Fact]
    public async Task SubmitEvaluate_ToBeforeFrom_IsRefusedWithASentence()
    {
        using var cli = new JobsCli();
        var submit = await cli.RunAsync(["jobs", "submit", "evaluate", "--logs", TestData.RaceLogs, "--from", "2024-03-10", "--to", "2024-03-01"]);
        Assert.Equal(1, submit.ExitCode);
        Assert.Contains("The window ends (2024-03-01) before it starts (2024-03-10).", submit.Error);
    }
}
