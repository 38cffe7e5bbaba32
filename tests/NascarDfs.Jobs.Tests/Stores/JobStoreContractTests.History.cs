namespace NascarDfs.Jobs.Tests.Stores;

public abstract partial class JobStoreContractTests
{
    [Fact]
    public async Task List_FiltersByStateAndSearch_NewestFirst_WithPaging()
    {
        var store = NewStore();
        var a = await Submit(store, "Talladega GPP");
        var b = await Submit(store, "Daytona cash");
        var c = await Submit(store, "talladega 100%");
        await store.RequestCancelAsync(b.Id);

        var all = await store.ListAsync(new JobQuery());
        Assert.Equal([c.Id, b.Id, a.Id], all.Items.Select(j => j.Id));
        Assert.Equal(3, all.Total);

        var search = await store.ListAsync(new JobQuery { Search = "TALLADEGA" });
        Assert.Equal([c.Id, a.Id], search.Items.Select(j => j.Id));
        Assert.Equal([c.Id], (await store.ListAsync(new JobQuery { Search = "100%" })).Items.Select(j => j.Id));
        Assert.Empty((await store.ListAsync(new JobQuery { Search = "_" })).Items);

        var cancelled = await store.ListAsync(new JobQuery { State = JobState.Cancelled });
        Assert.Equal([b.Id], cancelled.Items.Select(j => j.Id));

        var page = await store.ListAsync(new JobQuery { Offset = 1, Limit = 1 });
        Assert.Equal([b.Id], page.Items.Select(j => j.Id));
        Assert.Equal(3, page.Total);
    }

    [Fact]
    public async Task Count_ReportsEveryState()
    {
        var store = NewStore();
        await InState(store, JobState.Completed);
        await InState(store, JobState.Failed);
        await InState(store, JobState.Cancelled);
        await InState(store, JobState.Running);
        await Submit(store);
        Assert.Equal(new JobCounts(1, 1, 1, 1, 1), await store.CountAsync());
        Assert.Equal(2, (await store.CountAsync()).Active);
    }

    [Fact]
    public async Task Delete_RefusesRunningJobs()
    {
        var store = NewStore();
        var running = await InState(store, JobState.Running);
        var done = await InState(store, JobState.Completed);
        Assert.False(await store.DeleteAsync(running.Id));
        Assert.True(await store.DeleteAsync(done.Id));
        Assert.Null(await store.GetAsync(done.Id));
        Assert.False(await store.DeleteAsync(done.Id));
    }

    [Fact]
    public async Task ClearFinished_KeepsQueuedAndRunning()
    {
        var store = NewStore();
        await InState(store, JobState.Completed);
        await InState(store, JobState.Failed);
        await InState(store, JobState.Cancelled);
        var running = await InState(store, JobState.Running);
        var queued = await Submit(store);
        Assert.Equal(3, await store.ClearFinishedAsync());
        Assert.Equal([queued.Id, running.Id], (await store.ListAsync(new JobQuery())).Items.Select(j => j.Id));
    }

    [Fact]
    public async Task Prune_DeletesOnlyFinishedJobsOlderThanTheCutoff()
    {
        var store = NewStore();
        var old = await InState(store, JobState.Completed);
        Time.Advance(TimeSpan.FromDays(10));
        var recent = await InState(store, JobState.Failed);
        var queued = await Submit(store);
        Assert.Equal(1, await store.PruneAsync(Time.GetUtcNow() - TimeSpan.FromDays(5)));
        Assert.Null(await store.GetAsync(old.Id));
        Assert.NotNull(await store.GetAsync(recent.Id));
        Assert.NotNull(await store.GetAsync(queued.Id));
    }

    [Fact]
    public async Task Runners_RegisterHeartbeatListRemove()
    {
        var store = NewStore();
        var start = Time.GetUtcNow();
        await store.RegisterRunnerAsync(new RunnerInfo(Owner, Host, 42, start.AddMinutes(-1), 2, start, start) { Kinds = ["optimize", "simulate"] });
        Time.Advance(TimeSpan.FromSeconds(10));
        await store.HeartbeatRunnerAsync(Owner);
        var runner = Assert.Single(await store.ListRunnersAsync());
        Assert.Equal((Owner, Host, 42, 2, start.AddSeconds(10)), (runner.Id, runner.Host, runner.ProcessId, runner.Concurrency, runner.HeartbeatAt));
        Assert.Equal(["optimize", "simulate"], runner.Kinds);
        await store.RemoveRunnerAsync(Owner);
        Assert.Empty(await store.ListRunnersAsync());
    }

    [Fact]
    public async Task ListRunning_ReturnsOnlyRunningJobs()
    {
        var store = NewStore();
        var running = await InState(store, JobState.Running);
        await Submit(store);
        Assert.Equal([running.Id], (await store.ListRunningAsync()).Select(j => j.Id));
    }

    [Fact]
    public async Task List_ReturnsSummariesWithoutPayloads_AClaimAtMostTheConfig_GetReturnsThem()
    {
        var store = NewStore();
        var job = await Submit(store);
        Assert.All((await store.ListAsync(new JobQuery())).Items, j => Assert.IsNotType<JobRecord>(j));
        var claimed = await Claim(store);

        // A claim may carry the config (PostgreSQL: it saves the runner a round trip); then it is the stored one, no result.
        if (claimed is JobRecord carried) Assert.Equal(("""{"seconds":1}""", null), (carried.Config, carried.Result));
        Assert.True(await store.CompleteAsync(job.Id, Owner, """{"done":1}"""));
        var full = (await store.GetAsync(job.Id))!;
        Assert.Equal(("""{"seconds":1}""", """{"done":1}"""), (full.Config, full.Result));
    }

    [Fact]
    public async Task RanOn_IsTheClaimingHost_AndOutlivesTheLease()
    {
        var store = NewStore();
        var job = await InState(store, JobState.Completed);
        Assert.Equal((Host, null), (job.RanOn, job.LeaseHost));
        Assert.Equal(Host, (await store.ListAsync(new JobQuery())).Items.Single().RanOn);
    }
}
