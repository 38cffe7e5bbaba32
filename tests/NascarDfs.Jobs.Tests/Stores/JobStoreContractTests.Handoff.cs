namespace NascarDfs.Jobs.Tests.Stores;

/// <summary>Completing a job and claiming the next for its slot (one transaction where the store can), and multi-job claims.</summary>
public abstract partial class JobStoreContractTests
{
    [Fact]
    public async Task CompleteAndClaim_CompletesTheJobAndClaimsTheNextInOrder()
    {
        var store = NewStore();
        var a = await Submit(store, "a");
        var low = await Submit(store, "low", priority: -1);
        var b = await Submit(store, "b");
        Assert.Equal(a.Id, (await Claim(store)).Id);
        var handoff = await store.CompleteAndClaimAsync(a.Id, Owner, """{"ok":true}""", Request(Owner, 1, 1));
        Assert.True(handoff.Completed);
        var next = Assert.Single(handoff.Claimed);
        Assert.Equal((b.Id, JobState.Running, 1, Owner), (next.Id, next.State, next.Attempt, next.LeaseOwner));
        var done = (await store.GetAsync(a.Id))!;
        Assert.Equal((JobState.Completed, """{"ok":true}""", 100, null), (done.State, done.Result, done.Progress, done.LeaseOwner));
        Assert.Equal(JobState.Queued, (await store.GetAsync(low.Id))!.State);
    }

    [Fact]
    public async Task CompleteAndClaim_HostLimit_CountsTheFreedSlotAndEveryOtherOwner()
    {
        var store = NewStore();
        for (var i = 0; i < 6; i++) await Submit(store);
        var mine = await Claim(store, Owner, limit: 2);
        await Claim(store, Other, limit: 2);

        // The completion frees one of the host's two slots; the other owner still holds the second.
        var handoff = await store.CompleteAndClaimAsync(mine.Id, Owner, null, Request(Owner, 5, 2));
        Assert.True(handoff.Completed);
        Assert.Single(handoff.Claimed);
        Assert.Equal(2, (await store.CountAsync()).Running);
        Assert.Empty((await store.CompleteAndClaimAsync(handoff.Claimed[0].Id, Other, null, Request(Other, 5, 2))).Claimed);
    }

    [Fact]
    public async Task CompleteAndClaim_NotTheOwner_DoesNotComplete()
    {
        var store = NewStore();
        var job = await Submit(store);
        await Claim(store, Other);
        var handoff = await store.CompleteAndClaimAsync(job.Id, Owner, null, Request(Owner, 1, 10));
        Assert.False(handoff.Completed);
        Assert.Empty(handoff.Claimed);
        Assert.Equal((JobState.Running, Other), ((await store.GetAsync(job.Id))!.State, (await store.GetAsync(job.Id))!.LeaseOwner));
    }

    [Fact]
    public async Task CompleteAndClaim_NothingToClaim_StillCompletes()
    {
        var store = NewStore();
        var job = await Submit(store);
        await Claim(store);
        var handoff = await store.CompleteAndClaimAsync(job.Id, Owner, null, Request(Owner, 0, 10));
        Assert.True(handoff.Completed);
        Assert.Empty(handoff.Claimed);
        Assert.Equal(JobState.Completed, (await store.GetAsync(job.Id))!.State);
    }

    [Fact]
    public async Task Claim_SeveralAtOnce_TakesOnlyTheHostsFreeSlots()
    {
        var store = NewStore();
        for (var i = 0; i < 10; i++) await Submit(store);
        await Claim(store, Other, limit: 3);
        var claimed = await store.ClaimAsync(Request(Owner, 5, 3));
        Assert.Equal(2, claimed.Count);
        Assert.Empty(await store.ClaimAsync(Request(Owner, 5, 3)));
        Assert.Equal((3, 7), ((await store.CountAsync()).Running, (await store.CountAsync()).Queued));
    }
}
