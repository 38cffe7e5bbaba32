using NascarDfs.Jobs.Runner;
using NascarDfs.Jobs.Tests.Handlers;

namespace NascarDfs.Jobs.Tests.Runner;

/// <summary>A runner that lost a job's lease (a peer took the job over) stops its copy and records nothing for it.</summary>
public sealed class JobRunnerLeaseTests
{
    [Fact]
    public async Task LeaseTakenOver_RunnerStopsItsCopy_AndLeavesTheJobToItsNewHolder()
    {
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new DelegateHandler("block", async (_, ct) =>
        {
            using var registration = ct.Register(() => stopped.TrySetResult());
            await Task.Delay(Timeout.Infinite, ct);
            return null;
        });
        var options = new JobRunnerOptions { Concurrency = 1, LeaseDuration = TimeSpan.FromSeconds(2), LeaseRenewInterval = TimeSpan.FromMilliseconds(100), PollInterval = TimeSpan.FromMilliseconds(50) };
        await using var f = new RunnerFixture(options, handler);
        await f.StartAsync();
        var job = await f.SubmitAsync("block");
        await f.WaitForStateAsync(job.Id, JobState.Running);

        // What a peer does after this runner's lease expired (this process paused): rescue, then claim on its own host.
        using var peer = f.OpenAnotherStore();
        Assert.True(await peer.RequeueAsync(job.Id, f.Runner.RunnerId, countAttempt: true));
        Assert.Single(await peer.ClaimAsync(new JobClaim("peer:1:bbbbbb", "peer", 1, 1, ["block"], TimeSpan.FromMinutes(5))));

        await stopped.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await Eventually.HoldsAsync(() => Task.FromResult(f.Runner.RunningCount == 0), TimeSpan.FromSeconds(30), "runner let go");
        var now = (await f.Store.GetAsync(job.Id))!;
        Assert.Equal((JobState.Running, "peer:1:bbbbbb", 2, "peer"), (now.State, now.LeaseOwner, now.Attempt, now.RanOn));
    }

    [Fact]
    public async Task CompletionRefusedByTheStore_IsRetriedWhileTheLeaseHolds_NotRecomputed()
    {
        var runs = 0;
        var handler = new DelegateHandler("work", (_, _) =>
        {
            Interlocked.Increment(ref runs);
            return Task.FromResult<string?>("""{"answer":42}""");
        });
        var db = new TestDatabase();
        using var store = db.Open();
        var refusing = new RefusingStore(store, refusals: 6);
        var registry = new NascarDfs.Jobs.Handlers.JobHandlerRegistry().Add(handler);
        var options = new JobRunnerOptions { Concurrency = 1, OutcomeRetryMaxDelay = TimeSpan.FromMilliseconds(50), PollInterval = TimeSpan.FromMilliseconds(50) };
        using var runner = new JobRunner(refusing, registry, new NascarDfs.Jobs.Events.JobEvents(), options);
        var job = await store.SubmitAsync(new JobSubmission("work", "n", "{}"));
        await runner.StartAsync(CancellationToken.None);
        await Eventually.HoldsAsync(async () => (await store.GetAsync(job.Id))!.State == JobState.Completed, TimeSpan.FromSeconds(60), "completed after the refusals");
        await runner.StopAsync(CancellationToken.None);

        var done = (await store.GetAsync(job.Id))!;
        Assert.Equal(("""{"answer":42}""", 1, 1, 6), (done.Result, done.Attempt, runs, refusing.Refused));
        db.Dispose();
    }
}
