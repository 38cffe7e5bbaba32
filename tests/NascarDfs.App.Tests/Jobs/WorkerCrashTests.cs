using System.Text.Json;
using NascarDfs.Jobs;

namespace NascarDfs.App.Tests.Jobs;

/// <summary>SPEC §6 "Crash": a killed worker loses nothing; a restart recovers by process id, without waiting out the lease.</summary>
[Collection(ProcessCollection.Name)]
public sealed class WorkerCrashTests
{
    [Fact]
    public async Task Sigkill_WhileJobsRun_NewWorkerCompletesEveryJobExactlyOnce()
    {
        using var cli = new JobsCli();
        var ids = await cli.SubmitSleepAsync(seconds: 3, count: 4);
        Assert.Equal(4, ids.Length);

        var first = cli.StartWorker(concurrency: 2);
        await JobsCli.WaitAsync(async () => (await cli.Store.CountAsync()).Running == 2, 30, "two running jobs\n" + first.Output);
        var interrupted = (await cli.Store.ListRunningAsync()).Select(j => j.Id).ToHashSet();
        first.Kill();
        Assert.All(interrupted, id => Assert.Equal(JobState.Running, cli.GetAsync(id).Result.State));

        var second = cli.StartWorker(concurrency: 2);

        // Recovered at start-up by the dead process id: far sooner than the 30 s lease.
        var recovered = await JobsCli.WaitAsync(
            async () => (await Task.WhenAll(interrupted.Select(cli.GetAsync))).All(j => j.LeaseOwner is null || !j.LeaseOwner.Contains($":{first.ProcessId}:", StringComparison.Ordinal)),
            15,
            "the interrupted jobs to leave the dead worker\n" + second.Output);
        Assert.True(recovered < TimeSpan.FromSeconds(15));

        await JobsCli.WaitAsync(async () => (await cli.Store.CountAsync()).Completed == 4, 60, "all jobs completed\n" + second.Output);
        var counts = await cli.Store.CountAsync();
        Assert.Equal(new JobCounts(0, 0, 4, 0, 0), counts);
        foreach (var id in ids)
        {
            var job = await cli.GetAsync(id);
            Assert.Equal(interrupted.Contains(id) ? 2 : 1, job.Attempt);
            using var result = JsonDocument.Parse(job.Result!);
            Assert.Equal(second.ProcessId, result.RootElement.GetProperty("pid").GetInt32());
        }
    }

    [Fact]
    public async Task CrashJob_KillsItsWorkerEveryTime_EndsFailedAfterThreeAttempts()
    {
        using var cli = new JobsCli();
        var submit = await cli.RunAsync(["jobs", "submit", "diagnostic.crash"]);
        Assert.True(submit.ExitCode == 0, submit.Error);
        var id = submit.Output.Trim();

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var worker = cli.StartWorker(concurrency: 1);
            await worker.WaitForExitAsync(30);
            Assert.Equal(137, worker.ExitCode);
            var job = await cli.GetAsync(id);
            Assert.Equal((JobState.Running, attempt), (job.State, job.Attempt));
        }

        var last = cli.StartWorker(concurrency: 1);
        await JobsCli.WaitAsync(async () => (await cli.GetAsync(id)).State == JobState.Failed, 30, "the crash job to fail\n" + last.Output);
        var failed = await cli.GetAsync(id);
        Assert.Equal(("interrupted after 3 attempts", 3), (failed.Error, failed.Attempt));
        Assert.False(last.HasExited);
    }

    [Fact]
    public async Task Sigterm_CleanShutdown_PutsRunningJobsBackWithoutCountingTheAttempt()
    {
        using var cli = new JobsCli();
        var ids = await cli.SubmitSleepAsync(seconds: 30, count: 1);
        var worker = cli.StartWorker(concurrency: 1);
        await JobsCli.WaitAsync(async () => (await cli.GetAsync(ids[0])).State == JobState.Running, 30, "running\n" + worker.Output);
        await worker.TerminateAsync();
        Assert.Equal(0, worker.ExitCode);
        var job = await cli.GetAsync(ids[0]);
        Assert.Equal((JobState.Queued, 0, null), (job.State, job.Attempt, job.LeaseOwner));
    }

    [Fact]
    public async Task PausedWorker_PeerTookItsJobOver_StopsItsCopyWhenResumed()
    {
        using var cli = new JobsCli();
        var id = (await cli.SubmitSleepAsync(seconds: 8))[0];
        var paused = cli.StartWorker(1, "--lease-seconds", "2");
        await JobsCli.WaitAsync(async () => (await cli.GetAsync(id)).State == JobState.Running, 60, "running\n" + paused.Output);
        Signal("STOP", paused.ProcessId);
        try
        {
            // The peer finds the lease expired (the paused process still exists: its process id alone proves nothing).
            var peer = cli.StartWorker(1, "--lease-seconds", "2");
            await JobsCli.WaitAsync(async () => (await cli.GetAsync(id)).LeaseOwner?.Contains($":{peer.ProcessId}:", StringComparison.Ordinal) == true, 60, "the peer took the job\n" + peer.Output);
            Signal("CONT", paused.ProcessId);
            await JobsCli.WaitAsync(() => Task.FromResult(paused.Output.Contains($"Job {id} stopped on this runner", StringComparison.Ordinal)), 30, "the resumed worker to stop its copy\n" + paused.Output);
            await JobsCli.WaitAsync(async () => (await cli.GetAsync(id)).State == JobState.Completed, 60, "completed on the peer\n" + peer.Output);
            var job = await cli.GetAsync(id);
            using var result = JsonDocument.Parse(job.Result!);
            Assert.Equal((peer.ProcessId, 2), (result.RootElement.GetProperty("pid").GetInt32(), job.Attempt));
        }
        finally
        {
            Signal("CONT", paused.ProcessId);
        }
    }

    private static void Signal(string signal, int pid)
    {
        using var kill = System.Diagnostics.Process.Start("kill", ["-" + signal, pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }
}
