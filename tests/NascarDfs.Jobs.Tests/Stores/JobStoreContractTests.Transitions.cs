namespace NascarDfs.Jobs.Tests.Stores;

public abstract partial class JobStoreContractTests
{
    public static TheoryData<JobState> States() => new(Enum.GetValues<JobState>());

    /// <summary>From every state, each transition either applies (allowed) or leaves the job exactly as it was.</summary>
    [Theory]
    [MemberData(nameof(States))]
    public async Task EveryTransition_FromEachState_AppliesOnlyWhenAllowed(JobState from)
    {
        foreach (var transition in Enum.GetValues<JobTransition>())
        {
            var store = NewStore();
            var job = await InState(store, from);
            var applied = transition switch
            {
                JobTransition.Claim => (await store.ClaimAsync(Request(Other, 1, 10))).Count == 1,
                JobTransition.Complete => await store.CompleteAsync(job.Id, Owner, null),
                JobTransition.Fail => await store.FailAsync(job.Id, Owner, "x"),
                JobTransition.Cancel => await store.CancelAsync(job.Id, from is JobState.Queued ? JobState.Queued : JobState.Running, Owner),
                _ => await store.RequeueAsync(job.Id, Owner, countAttempt: true),
            };
            var after = (await store.GetAsync(job.Id))!;
            var allowed = JobTransitions.IsAllowed(transition, from);
            Assert.True(allowed == applied, $"{transition} from {from}: applied={applied}, allowed={allowed}");
            Assert.Equal(applied ? JobTransitions.Target(transition) : from, after.State);
            if (!applied) Assert.Equal(job, after);
        }
    }

    [Theory]
    [InlineData(JobState.Completed)]
    [InlineData(JobState.Failed)]
    [InlineData(JobState.Cancelled)]
    public async Task Cancel_ExpectingAFinishedState_IsRefusedByTheStateMachine(JobState expected)
    {
        var store = NewStore();
        var job = await InState(store, expected);
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.CancelAsync(job.Id, expected, Owner));
        Assert.Equal(job, await store.GetAsync(job.Id));
    }

    [Fact]
    public async Task Requeue_Recovery_KeepsAttempt_Shutdown_GivesItBack()
    {
        var store = NewStore();
        var job = await InState(store, JobState.Running);
        Assert.True(await store.RequeueAsync(job.Id, Owner, countAttempt: true));
        Assert.Equal((JobState.Queued, 1), Pick(await store.GetAsync(job.Id)));
        await Claim(store);
        Assert.Equal(2, (await store.GetAsync(job.Id))!.Attempt);
        Assert.True(await store.RequeueAsync(job.Id, Owner, countAttempt: false));
        var back = (await store.GetAsync(job.Id))!;
        Assert.Equal((JobState.Queued, 1), Pick(back));
        Assert.Null(back.LeaseOwner);
    }

    [Fact]
    public async Task RequestCancel_Queued_CancelsAtOnce()
    {
        var store = NewStore();
        var job = await Submit(store);
        Assert.Equal(CancelOutcome.Cancelled, await store.RequestCancelAsync(job.Id));
        var cancelled = (await store.GetAsync(job.Id))!;
        Assert.Equal(JobState.Cancelled, cancelled.State);
        Assert.NotNull(cancelled.FinishedAt);
    }

    [Fact]
    public async Task RequestCancel_Running_RecordsRequestForTheOwner()
    {
        var store = NewStore();
        var job = await InState(store, JobState.Running);
        Assert.Empty(await store.GetCancelRequestsAsync(Owner));
        Assert.Equal(CancelOutcome.Requested, await store.RequestCancelAsync(job.Id));
        Assert.Equal([job.Id], await store.GetCancelRequestsAsync(Owner));
        Assert.Empty(await store.GetCancelRequestsAsync(Other));
        var requested = (await store.GetAsync(job.Id))!;
        Assert.Equal((JobState.Running, Time.GetUtcNow()), (requested.State, requested.CancelRequestedAt));
    }

    [Theory]
    [InlineData(JobState.Completed)]
    [InlineData(JobState.Failed)]
    [InlineData(JobState.Cancelled)]
    public async Task RequestCancel_Finished_ChangesNothing(JobState state)
    {
        var store = NewStore();
        var job = await InState(store, state);
        Assert.Equal(CancelOutcome.AlreadyFinished, await store.RequestCancelAsync(job.Id));
        Assert.Equal(job, await store.GetAsync(job.Id));
        Assert.Equal(CancelOutcome.NotFound, await store.RequestCancelAsync("missing1"));
    }

    [Fact]
    public async Task RenewLeases_ExtendsOnlyTheOwnersJobs()
    {
        var store = NewStore();
        var job = await InState(store, JobState.Running);
        Time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal([job.Id], await store.RenewLeasesAsync(Owner, TimeSpan.FromSeconds(30)));
        Assert.Empty(await store.RenewLeasesAsync(Other, TimeSpan.FromSeconds(30)));
        Assert.Equal(Time.GetUtcNow().AddSeconds(30), (await store.GetAsync(job.Id))!.LeaseExpiresAt);
    }

    [Fact]
    public async Task ReportProgress_OnlyForTheOwner()
    {
        var store = NewStore();
        var job = await InState(store, JobState.Running);
        Assert.True(await store.ReportProgressAsync(job.Id, Owner, 40, "lineup 8 of 20"));
        Assert.False(await store.ReportProgressAsync(job.Id, Other, 90, "no"));
        var got = (await store.GetAsync(job.Id))!;
        Assert.Equal((40, "lineup 8 of 20"), (got.Progress, got.ProgressMessage));
    }

    private static (JobState, int) Pick(JobRecord? job) => (job!.State, job.Attempt);
}
