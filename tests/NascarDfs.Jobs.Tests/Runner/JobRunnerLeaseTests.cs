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
}
