namespace NascarDfs.Jobs.Tests.Stores;

/// <summary>
/// <c>--prefer-gpu</c>: a job that prefers a GPU goes to a runner with one while such a runner (of its kind, heartbeat live)
/// is connected; a runner without one takes it only when none is, so it never waits for a GPU.
/// </summary>
public abstract partial class JobStoreContractTests
{
    private const string GpuRunner = "host-g:7:gggggg";

    [Fact]
    public async Task Claim_PreferGpuJob_GoesToTheConnectedGpuRunner_NotToACpuRunner()
    {
        var store = NewStore();
        await RegisterGpuRunner(store, ["k"]);
        var gpuJob = await store.SubmitAsync(new JobSubmission("k", "wants a GPU", "{}") { PreferGpu = true, Priority = 5 });
        var plain = await Submit(store, "plain");

        var cpu = await store.ClaimAsync(Request(Owner, 5, 5));
        Assert.Equal([plain.Id], cpu.Select(j => j.Id));
        Assert.False(await store.CompleteAsync(gpuJob.Id, Owner, "{}"));

        var gpu = await store.ClaimAsync(Request(GpuRunner, 5, 5) with { Host = "host-g", Gpu = true });
        var taken = Assert.Single(gpu);
        Assert.Equal((gpuJob.Id, true, "host-g"), (taken.Id, taken.PreferGpu, taken.RanOn));
    }

    [Fact]
    public async Task Claim_PreferGpuJob_IsTakenByACpuRunner_WhenNoGpuRunnerOfItsKindIsConnected()
    {
        var store = NewStore();
        var first = await store.SubmitAsync(new JobSubmission("k", "wants a GPU", "{}") { PreferGpu = true });
        Assert.True((await store.GetAsync(first.Id))!.PreferGpu);
        Assert.Equal(first.Id, (await Claim(store)).Id);

        // A GPU runner that does not run this kind does not hold the job back.
        await RegisterGpuRunner(store, ["other"]);
        var second = await store.SubmitAsync(new JobSubmission("k", "wants a GPU", "{}") { PreferGpu = true });
        Assert.Equal(second.Id, (await Claim(store)).Id);

        // Nor does one of its kind whose heartbeat is older than the live window (a dead machine).
        await RegisterGpuRunner(store, ["k"]);
        var third = await store.SubmitAsync(new JobSubmission("k", "wants a GPU", "{}") { PreferGpu = true });
        Assert.Empty(await store.ClaimAsync(Request(Owner, 1, 10)));
        Time.Advance(JobDefaults.RunnerLiveWindow + TimeSpan.FromSeconds(1));
        Assert.Equal(third.Id, (await Claim(store)).Id);

        // A heartbeat brings it back; once it unregisters, the CPU runner takes such jobs again.
        await store.HeartbeatRunnerAsync(GpuRunner);
        var fourth = await store.SubmitAsync(new JobSubmission("k", "wants a GPU", "{}") { PreferGpu = true });
        Assert.Empty(await store.ClaimAsync(Request(Owner, 1, 10)));
        await store.RemoveRunnerAsync(GpuRunner);
        Assert.Equal(fourth.Id, (await Claim(store)).Id);
    }

    [Fact]
    public async Task Claim_CompleteAndClaim_AppliesTheGpuRuleToTheNextJob()
    {
        var store = NewStore();
        await RegisterGpuRunner(store, ["k"]);
        var a = await Submit(store, "a");
        await store.SubmitAsync(new JobSubmission("k", "wants a GPU", "{}") { PreferGpu = true });
        Assert.Equal(a.Id, (await Claim(store)).Id);
        var handoff = await store.CompleteAndClaimAsync(a.Id, Owner, "{}", Request(Owner, 1, 10));
        Assert.True(handoff.Completed);
        Assert.Empty(handoff.Claimed);
    }

    [Fact]
    public async Task Runners_RecordWhetherTheyHaveAGpu()
    {
        var store = NewStore();
        var now = Time.GetUtcNow();
        await store.RegisterRunnerAsync(new RunnerInfo(Owner, Host, 42, now, 2, now, now) { Kinds = ["k"] });
        await RegisterGpuRunner(store, ["k"]);
        var runners = (await store.ListRunnersAsync()).ToDictionary(r => r.Id);
        Assert.False(runners[Owner].Gpu);
        Assert.True(runners[GpuRunner].Gpu);
    }

    private Task RegisterGpuRunner(IJobStore store, string[] kinds)
    {
        var now = Time.GetUtcNow();
        return store.RegisterRunnerAsync(new RunnerInfo(GpuRunner, "host-g", 7, now, 1, now, now) { Kinds = kinds, Gpu = true });
    }
}
