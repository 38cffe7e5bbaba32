using NascarDfs.Jobs;

namespace NascarDfs.App.Tests.Jobs;

/// <summary>SPEC §6 "Cancel" across processes: a queued job at once; a running one ends cancelled within 2 s of the request.</summary>
[Collection(ProcessCollection.Name)]
public sealed class CancelProcessTests
{
    [Fact]
    public async Task Cancel_QueuedJobFromAnotherProcess_IsCancelledWhenTheCommandReturns()
    {
        using var cli = new JobsCli();
        var ids = await cli.SubmitSleepAsync(seconds: 5);
        var run = await cli.RunAsync(["jobs", "cancel", "#" + ids[0]]);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("Cancelled", run.Output);
        Assert.Equal(JobState.Cancelled, (await cli.GetAsync(ids[0])).State);
    }

    [Fact]
    public async Task Cancel_JobRunningInAWorker_EndsCancelledWithinTwoSeconds()
    {
        using var cli = new JobsCli();
        var ids = await cli.SubmitSleepAsync(seconds: 60);
        var worker = cli.StartWorker(concurrency: 1);
        await JobsCli.WaitAsync(async () => (await cli.GetAsync(ids[0])).State == JobState.Running, 30, "running\n" + worker.Output);

        var run = await cli.RunAsync(["jobs", "cancel", ids[0]]);
        Assert.True(run.ExitCode == 0, run.Error);
        await JobsCli.WaitAsync(async () => (await cli.GetAsync(ids[0])).State == JobState.Cancelled, 5, "cancelled\n" + worker.Output);
        var job = await cli.GetAsync(ids[0]);
        var took = job.FinishedAt!.Value - job.CancelRequestedAt!.Value;
        Assert.True(took <= TimeSpan.FromSeconds(2), $"cancelled {took.TotalMilliseconds} ms after the request");
        Assert.Null(job.Error);
        Assert.False(worker.HasExited);
    }

    [Fact]
    public async Task Cancel_FinishedOrMissingJob_SaysSo()
    {
        using var cli = new JobsCli();
        var missing = await cli.RunAsync(["jobs", "cancel", "nosuchid"]);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("no job #nosuchid", missing.Error);
    }
}
