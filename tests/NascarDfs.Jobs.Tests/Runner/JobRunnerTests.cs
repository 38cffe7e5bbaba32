using NascarDfs.Jobs.Events;
using NascarDfs.Jobs.Tests.Handlers;

namespace NascarDfs.Jobs.Tests.Runner;

public sealed class JobRunnerTests
{
    private static DelegateHandler Blocking(string kind = "block") =>
        new(kind, async (_, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            return null;
        });

    [Fact]
    public async Task Run_Handler_CompletesWithItsResult()
    {
        await using var f = new RunnerFixture(2, new DelegateHandler("echo", (ctx, _) => Task.FromResult<string?>($$"""{"id":"{{ctx.JobId}}"}""")));
        var seen = new List<JobEventKind>();
        using var _ = f.Events.Subscribe(e => { lock (seen) seen.Add(e.Kind); });
        await f.StartAsync();
        var job = await f.SubmitAsync("echo");
        await f.WaitForStateAsync(job.Id, JobState.Completed);
        var done = (await f.Store.GetAsync(job.Id))!;
        Assert.Equal(($$"""{"id":"{{job.Id}}"}""", 1, 100), (done.Result, done.Attempt, done.Progress));
        await Eventually.HoldsAsync(() => Task.FromResult(seen.Contains(JobEventKind.Completed)), TimeSpan.FromSeconds(5), "completed event");
        Assert.Equal([JobEventKind.Queued, JobEventKind.Started, JobEventKind.Completed], seen.Where(k => k != JobEventKind.Progress));
    }

    [Fact]
    public async Task Run_HandlerThrows_FailsAtOnceWithItsMessage()
    {
        await using var f = new RunnerFixture(2, new DelegateHandler("bad", (_, _) => throw new InvalidOperationException("slate has no drivers")));
        await f.StartAsync();
        var job = await f.SubmitAsync("bad");
        await f.WaitForStateAsync(job.Id, JobState.Failed);
        var failed = (await f.Store.GetAsync(job.Id))!;
        Assert.Equal(("slate has no drivers", 1), (failed.Error, failed.Attempt));
    }

    [Fact]
    public async Task Cancel_RunningJobInThisProcess_EndsCancelled()
    {
        await using var f = new RunnerFixture(2, Blocking());
        await f.StartAsync();
        var job = await f.SubmitAsync("block");
        await f.WaitForStateAsync(job.Id, JobState.Running);
        Assert.Equal(CancelOutcome.Requested, await f.Service.CancelAsync(job.Id));
        await f.WaitForStateAsync(job.Id, JobState.Cancelled);
    }

    [Fact]
    public async Task Cancel_RequestWrittenByAnotherProcess_FiresTheHandlersToken()
    {
        // The latency (SPEC: within a second) is measured in bench/ (the jobs harness); here: the request reaches the token.
        var fired = new TaskCompletionSource();
        var handler = new DelegateHandler("block", async (_, ct) =>
        {
            using var registration = ct.Register(() => fired.TrySetResult());
            await Task.Delay(Timeout.Infinite, ct);
            return null;
        });
        await using var f = new RunnerFixture(2, handler);
        await f.StartAsync();
        var job = await f.SubmitAsync("block");
        await f.WaitForStateAsync(job.Id, JobState.Running);

        // Straight to the store: no in-process event, as when `jobs cancel` runs in another process.
        Assert.Equal(CancelOutcome.Requested, await f.OpenAnotherStore().RequestCancelAsync(job.Id));
        await fired.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await f.WaitForStateAsync(job.Id, JobState.Cancelled);
    }

    [Fact]
    public async Task Cancel_QueuedJob_IsCancelledAtOnce()
    {
        await using var f = new RunnerFixture(1, Blocking());
        var job = await f.SubmitAsync("block");
        Assert.Equal(CancelOutcome.Cancelled, await f.Service.CancelAsync(job.Id));
        Assert.Equal(JobState.Cancelled, (await f.Store.GetAsync(job.Id))!.State);
    }

    [Fact]
    public async Task Stop_CleanShutdown_RequeuesRunningJobsWithoutCountingTheAttempt()
    {
        var f = new RunnerFixture(2, Blocking());
        await f.StartAsync();
        var a = await f.SubmitAsync("block");
        var b = await f.SubmitAsync("block");
        await f.WaitForStateAsync(a.Id, JobState.Running);
        await f.WaitForStateAsync(b.Id, JobState.Running);
        await f.Runner.StopAsync(CancellationToken.None);
        foreach (var id in new[] { a.Id, b.Id })
        {
            var job = (await f.Store.GetAsync(id))!;
            Assert.Equal((JobState.Queued, 0, null), (job.State, job.Attempt, job.LeaseOwner));
        }

        Assert.Empty(await f.Store.ListRunnersAsync());
        await f.DisposeAsync();
    }

    [Fact]
    public async Task Run_ManyJobs_NeverMoreThanConcurrencyAtOnce()
    {
        var current = 0;
        var peak = 0;
        var handler = new DelegateHandler("work", async (ctx, ct) =>
        {
            var now = Interlocked.Increment(ref current);
            InterlockedMax(ref peak, now);
            await Task.Delay(30, ct);
            Interlocked.Decrement(ref current);
            return ctx.ThreadBudget.ToString(System.Globalization.CultureInfo.InvariantCulture);
        });
        await using var f = new RunnerFixture(2, handler);
        await f.StartAsync();
        var jobs = new List<JobRecord>();
        for (var i = 0; i < 12; i++) jobs.Add(await f.SubmitAsync("work"));
        foreach (var job in jobs) await f.WaitForStateAsync(job.Id, JobState.Completed);
        Assert.Equal(2, peak);
        Assert.Equal(Math.Max(1, Environment.ProcessorCount / 2).ToString(System.Globalization.CultureInfo.InvariantCulture), (await f.Store.GetAsync(jobs[0].Id))!.Result);
    }

    [Fact]
    public async Task Run_UnregisteredKind_IsLeftQueued()
    {
        await using var f = new RunnerFixture(2, Blocking());
        var foreign = await f.Store.SubmitAsync(new JobSubmission("someone.else", "x", "{}"));
        await f.StartAsync();
        await Task.Delay(200);
        Assert.Equal(JobState.Queued, (await f.Store.GetAsync(foreign.Id))!.State);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
