using NascarDfs.Jobs.Runner;
using NascarDfs.Jobs.Tests.Handlers;

namespace NascarDfs.Jobs.Tests.Runner;

/// <summary>Pickup through the change stamp, and draining a backlog (each completion claims its successor).</summary>
public sealed class JobRunnerThroughputTests
{
    [Fact]
    public async Task IdleRunner_JobSubmittedThroughAnotherStore_IsPickedUpThroughTheChangeFeed()
    {
        // A safety-net poll of 10 s and a first job that finds the runner idle: only the change feed explains a pickup before
        // the poll. (The pickup latency itself is measured in bench/: the jobs harness.)
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new DelegateHandler("stamp", (_, _) =>
        {
            started.TrySetResult();
            return Task.FromResult<string?>(null);
        });
        var options = new JobRunnerOptions { Concurrency = 2, PollInterval = TimeSpan.FromSeconds(10) };
        await using var f = new RunnerFixture(options, handler);
        using var other = f.OpenAnotherStore();
        await f.StartAsync();
        await Eventually.HoldsAsync(async () => (await f.Store.ListRunnersAsync()).Count == 1, TimeSpan.FromSeconds(30), "runner registered");
        var job = await other.SubmitAsync(new JobSubmission("stamp", "remote", "{}"));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(clock.Elapsed < options.PollInterval, $"picked up after {clock.Elapsed}, not before the {options.PollInterval} poll");
        await f.WaitForStateAsync(job.Id, JobState.Completed);
    }

    [Fact]
    public async Task Drain_TwoRunnersOnOneHost_RunEveryJobOnceAndNeverAboveTheLimit()
    {
        var current = 0;
        var peak = 0;
        var runs = 0;
        var handler = new DelegateHandler("noop", async (_, _) =>
        {
            InterlockedMax(ref peak, Interlocked.Increment(ref current));
            Interlocked.Increment(ref runs);
            await Task.Yield();
            Interlocked.Decrement(ref current);
            return null;
        });
        await using var f = new RunnerFixture(2, handler);
        using var otherStore = f.OpenAnotherStore();
        using var second = new JobRunner(otherStore, f.Registry, new NascarDfs.Jobs.Events.JobEvents(), new JobRunnerOptions { Concurrency = 2 });
        for (var i = 0; i < 300; i++) await f.Store.SubmitAsync(new JobSubmission("noop", "n", "{}"));
        await f.StartAsync();
        await second.StartAsync(CancellationToken.None);
        await Eventually.HoldsAsync(async () => (await f.Store.CountAsync()).Completed == 300, TimeSpan.FromSeconds(60), "300 completed");
        await second.StopAsync(CancellationToken.None);

        Assert.InRange(peak, 1, 2);
        Assert.Equal(300, runs);
        Assert.All((await f.Store.ListAsync(new JobQuery { Limit = 1000 })).Items, j => Assert.Equal((JobState.Completed, 1), (j.State, j.Attempt)));
    }

    [Fact]
    public async Task Stop_WhileABacklogDrains_LeavesEveryJobCompletedOnceOrQueued()
    {
        var handler = new DelegateHandler("noop", async (_, _) =>
        {
            await Task.Delay(1, CancellationToken.None);
            return null;
        });
        var f = new RunnerFixture(2, handler);
        for (var i = 0; i < 400; i++) await f.Store.SubmitAsync(new JobSubmission("noop", "n", "{}"));
        await f.StartAsync();
        await Eventually.HoldsAsync(async () => (await f.Store.CountAsync()).Completed >= 20, TimeSpan.FromSeconds(30), "20 completed");
        await f.Runner.StopAsync(CancellationToken.None);

        var jobs = (await f.Store.ListAsync(new JobQuery { Limit = 1000 })).Items;
        Assert.All(jobs, j => Assert.True(
            (j.State, j.Attempt, j.LeaseOwner) is (JobState.Completed, 1, null) or (JobState.Queued, 0, null),
            $"{j.Id}: {j.State}, attempt {j.Attempt}, owner {j.LeaseOwner}"));
        Assert.Equal(0, f.Runner.RunningCount);
        Assert.Empty(await f.Store.ListRunnersAsync());
        await f.DisposeAsync();
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
