using Microsoft.Extensions.Time.Testing;

namespace NascarDfs.Jobs.Tests.Stores;

/// <summary>What every <see cref="IJobStore"/> must do (STYLE rule 11): subclass per store, so a second store passes the same tests.</summary>
public abstract partial class JobStoreContractTests : IDisposable
{
    protected const string Owner = "host-a:1:aaaaaa";
    protected const string Other = "host-a:2:bbbbbb";
    protected const string Host = "host-a";

    private readonly List<IJobStore> _stores = [];

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 2, 16, 18, 0, 0, TimeSpan.Zero));

    /// <summary>A store on a fresh database whose clock is <see cref="Time"/>.</summary>
    protected abstract IJobStore CreateStore();

    public virtual void Dispose()
    {
        foreach (var store in _stores) store.Dispose();
        GC.SuppressFinalize(this);
    }

    protected IJobStore NewStore()
    {
        var store = CreateStore();
        _stores.Add(store);
        return store;
    }

    protected static Task<JobRecord> Submit(IJobStore store, string name = "job", int priority = 0, string kind = "k") =>
        store.SubmitAsync(new JobSubmission(kind, name, """{"seconds":1}""") { Priority = priority });

    protected static async Task<JobSummary> Claim(IJobStore store, string owner = Owner, int limit = 10) =>
        Assert.Single(await store.ClaimAsync(Request(owner, 1, limit)));

    protected static JobClaim Request(string owner, int max, int hostLimit, params string[] kinds) =>
        new(owner, Host, max, hostLimit, kinds.Length == 0 ? ["k"] : kinds, TimeSpan.FromSeconds(30));

    /// <summary>A job in the given state (running ones held by <see cref="Owner"/>).</summary>
    protected static async Task<JobRecord> InState(IJobStore store, JobState state)
    {
        var job = await Submit(store);
        if (state == JobState.Queued) return job;
        await Claim(store);
        var applied = state switch
        {
            JobState.Running => true,
            JobState.Completed => await store.CompleteAsync(job.Id, Owner, "{}"),
            JobState.Failed => await store.FailAsync(job.Id, Owner, "boom"),
            _ => await store.CancelAsync(job.Id, JobState.Running, Owner),
        };
        Assert.True(applied);
        var stored = (await store.GetAsync(job.Id))!;
        Assert.Equal(state, stored.State);
        return stored;
    }

    [Fact]
    public async Task Submit_ThenGet_RoundTripsTheJob()
    {
        var store = NewStore();
        var job = await store.SubmitAsync(new JobSubmission("k", "Talladega GPP", """{"a":1}""") { Priority = 3, MaxAttempts = 5 });
        var got = await store.GetAsync("#" + job.Id.ToUpperInvariant());
        Assert.Equal(job, got);
        Assert.Equal(JobState.Queued, job.State);
        Assert.Equal(Time.GetUtcNow(), job.CreatedAt);
        Assert.Equal((3, 5, 0), (job.Priority, job.MaxAttempts, job.Attempt));
        Assert.Equal(8, job.Id.Length);
    }

    [Fact]
    public async Task Get_UnknownId_ReturnsNull() => Assert.Null(await NewStore().GetAsync("nope"));

    [Fact]
    public async Task Claim_HigherPriorityFirst_ThenSubmissionOrder()
    {
        var store = NewStore();
        var low = await Submit(store, "low");
        var high = await Submit(store, "high", priority: 5);
        var low2 = await Submit(store, "low2");
        var claimed = await store.ClaimAsync(Request(Owner, 3, 10));
        Assert.Equal([high.Id, low.Id, low2.Id], claimed.Select(j => j.Id));
        Assert.All(claimed, j => Assert.Equal((JobState.Running, 1, Owner, Host), (j.State, j.Attempt, j.LeaseOwner, j.LeaseHost)));
        Assert.All(claimed, j => Assert.Equal(Time.GetUtcNow().AddSeconds(30), j.LeaseExpiresAt));
        Assert.All(claimed, j => Assert.Equal(Time.GetUtcNow(), j.StartedAt));
    }

    [Fact]
    public async Task Claim_HostLimit_CountsJobsOfEveryOwnerOnTheHost()
    {
        var store = NewStore();
        for (var i = 0; i < 5; i++) await Submit(store);
        Assert.Single(await store.ClaimAsync(Request(Owner, 1, 2)));
        Assert.Single(await store.ClaimAsync(Request(Other, 5, 2)));
        Assert.Empty(await store.ClaimAsync(Request(Other, 5, 2)));
        Assert.Equal(2, (await store.CountAsync()).Running);
    }

    [Fact]
    public async Task Claim_OnlyKindsTheRunnerHas()
    {
        var store = NewStore();
        await Submit(store, kind: "other");
        var mine = await Submit(store, kind: "mine");
        Assert.False(await store.HasQueuedAsync(["k"]));
        Assert.True(await store.HasQueuedAsync(["mine"]));
        var claimed = await store.ClaimAsync(Request(Owner, 5, 5, "mine"));
        Assert.Equal([mine.Id], claimed.Select(j => j.Id));
    }

    [Fact]
    public async Task Complete_RunningUnderOwner_StoresResult()
    {
        var store = NewStore();
        var job = await InState(store, JobState.Running);
        Time.Advance(TimeSpan.FromSeconds(3));
        Assert.True(await store.CompleteAsync(job.Id, Owner, """{"ok":true}"""));
        var done = (await store.GetAsync(job.Id))!;
        Assert.Equal((JobState.Completed, """{"ok":true}""", 100), (done.State, done.Result, done.Progress));
        Assert.Equal(TimeSpan.FromSeconds(3), done.DurationAt(Time.GetUtcNow()));
        Assert.Null(done.LeaseOwner);
    }

    [Fact]
    public async Task Complete_WithWarning_IsCompletedWithWarnings_InListsToo()
    {
        var store = NewStore();
        var job = await InState(store, JobState.Running);
        Assert.True(await store.CompleteAsync(job.Id, Owner, new JobOutput("{}", "Built 85 of 150 lineups.")));
        var done = (await store.GetAsync(job.Id))!;
        Assert.Equal((JobState.Completed, "Built 85 of 150 lineups.", true), (done.State, done.Warning, done.HasWarnings));
        var listed = Assert.Single((await store.ListAsync(new JobQuery())).Items);
        Assert.Equal("Built 85 of 150 lineups.", listed.Warning);

        // A plain completion has none.
        var plain = await InState(store, JobState.Completed);
        Assert.False((await store.GetAsync(plain.Id))!.HasWarnings);
    }

    [Fact]
    public async Task Transitions_WrongOwner_DoNotApply()
    {
        var store = NewStore();
        var job = await InState(store, JobState.Running);
        Assert.False(await store.CompleteAsync(job.Id, Other, null));
        Assert.False(await store.FailAsync(job.Id, Other, "x"));
        Assert.False(await store.CancelAsync(job.Id, JobState.Running, Other));
        Assert.False(await store.RequeueAsync(job.Id, Other, countAttempt: true));
        Assert.Equal(JobState.Running, (await store.GetAsync(job.Id))!.State);
    }
}
