using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using NascarDfs.Jobs.Events;

namespace NascarDfs.Jobs.Tests;

/// <summary>Issue 11 item 8: a cancel request nobody would act on (the owner is gone) ends the job at once.</summary>
public sealed class JobServiceCancelTests : IDisposable
{
    private readonly TestDatabase _db = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 2, 16, 18, 0, 0, TimeSpan.Zero));

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Cancel_OwnerProcessDeadOnThisHost_EndsCancelledAtOnce()
    {
        using var store = _db.Open(_time);
        var service = new JobService(store, new JobEvents(), timeProvider: _time);
        var (pid, started) = await DeadProcessAsync();
        var owner = $"{service.HostName}:{pid}:dead00";
        await store.RegisterRunnerAsync(new RunnerInfo(owner, service.HostName, pid, started, 2, _time.GetUtcNow(), _time.GetUtcNow()));
        var job = await store.SubmitAsync(new JobSubmission("k", "n", "{}"));
        Assert.Single(await store.ClaimAsync(new JobClaim(owner, service.HostName, 1, 2, ["k"], TimeSpan.FromMinutes(5))));

        Assert.Equal(CancelOutcome.Cancelled, await service.CancelAsync(job.Id));
        var after = (await store.GetAsync(job.Id))!;
        Assert.Equal((JobState.Cancelled, null), (after.State, after.LeaseOwner));
        Assert.Equal(DeleteOutcome.Deleted, await service.DeleteAsync(job.Id));
    }

    [Fact]
    public async Task Cancel_OwnerOnAnotherHostWithExpiredLease_EndsCancelledAtOnce_WithALiveLease_IsOnlyRequested()
    {
        using var store = _db.Open(_time);
        var service = new JobService(store, new JobEvents(), timeProvider: _time);
        var expired = await store.SubmitAsync(new JobSubmission("k", "expired", "{}"));
        Assert.Single(await store.ClaimAsync(new JobClaim("far:1:aaaaaa", "far-away", 1, 2, ["k"], TimeSpan.FromSeconds(30))));
        var live = await store.SubmitAsync(new JobSubmission("k", "live", "{}"));
        _time.Advance(TimeSpan.FromSeconds(31));
        Assert.Single(await store.ClaimAsync(new JobClaim("far:1:aaaaaa", "far-away", 1, 2, ["k"], TimeSpan.FromSeconds(30))));

        Assert.Equal(CancelOutcome.Cancelled, await service.CancelAsync(expired.Id));
        Assert.Equal(CancelOutcome.Requested, await service.CancelAsync(live.Id));
        Assert.Equal(JobState.Running, (await store.GetAsync(live.Id))!.State);
    }

    private static async Task<(int Pid, DateTimeOffset Started)> DeadProcessAsync()
    {
        // A process that lives until its start time is read (a `true` could exit first), then is killed.
        using var process = Process.Start(new ProcessStartInfo("sleep", "60") { UseShellExecute = false })!;
        var started = new DateTimeOffset(process.StartTime.ToUniversalTime(), TimeSpan.Zero);
        process.Kill();
        await process.WaitForExitAsync();
        return (process.Id, started);
    }
}
