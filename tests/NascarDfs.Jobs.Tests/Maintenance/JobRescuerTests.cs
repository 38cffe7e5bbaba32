using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using NascarDfs.Jobs.Maintenance;
using NascarDfs.Jobs.Stores.Sqlite;

namespace NascarDfs.Jobs.Tests.Maintenance;

public sealed class JobRescuerTests : IDisposable
{
    private const string Remote = "other-machine";
    private const string RemoteOwner = "other-machine:77:abcdef";
    private readonly TestDatabase _db = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 2, 16, 18, 0, 0, TimeSpan.Zero));
    private readonly SqliteJobStore _store;

    public JobRescuerTests() => _store = _db.Open(_time);

    public void Dispose()
    {
        _store.Dispose();
        _db.Dispose();
    }

    [Fact]
    public async Task RescueOnce_LeaseNotYetExpired_LeavesTheJobRunning()
    {
        var job = await RunningRemotely();
        _time.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(0, await new JobRescuer(_store, timeProvider: _time).RescueOnceAsync());
        Assert.Equal(JobState.Running, (await _store.GetAsync(job.Id))!.State);
    }

    [Fact]
    public async Task RescueOnce_LeaseExpired_RequeuesKeepingTheAttempt()
    {
        var job = await RunningRemotely();
        _time.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(1, await new JobRescuer(_store, timeProvider: _time).RescueOnceAsync());
        var back = (await _store.GetAsync(job.Id))!;
        Assert.Equal((JobState.Queued, 1, null), (back.State, back.Attempt, back.LeaseOwner));
    }

    [Fact]
    public async Task RescueOnce_LeaseExpiredAtLastAttempt_FailsAsInterrupted()
    {
        var job = await RunningRemotely(maxAttempts: 1);
        _time.Advance(TimeSpan.FromMinutes(1));
        await new JobRescuer(_store, timeProvider: _time).RescueOnceAsync();
        var failed = (await _store.GetAsync(job.Id))!;
        Assert.Equal((JobState.Failed, "interrupted after 1 attempts"), (failed.State, failed.Error));
    }

    [Fact]
    public async Task RescueOnce_CancelRequestedAndOwnerGone_EndsCancelled()
    {
        var job = await RunningRemotely();
        await _store.RequestCancelAsync(job.Id);
        _time.Advance(TimeSpan.FromMinutes(1));
        await new JobRescuer(_store, timeProvider: _time).RescueOnceAsync();
        Assert.Equal(JobState.Cancelled, (await _store.GetAsync(job.Id))!.State);
    }

    [Fact]
    public async Task Start_OwnerProcessGoneFromThisMachine_RequeuesAtOnceWithoutWaitingForTheLease()
    {
        var deadPid = await DeadProcessIdAsync();
        var owner = $"{Environment.MachineName}:{deadPid}:dead00";
        var now = _time.GetUtcNow();
        await _store.RegisterRunnerAsync(new RunnerInfo(owner, Environment.MachineName, deadPid, now.AddMinutes(-5), 1, now, now));
        var job = await _store.SubmitAsync(new JobSubmission("k", "n", "{}"));
        await _store.ClaimAsync(new JobClaim(owner, Environment.MachineName, 1, 1, ["k"], TimeSpan.FromSeconds(30)));

        var rescuer = new JobRescuer(_store, timeProvider: _time);
        await rescuer.StartAsync(CancellationToken.None);
        await rescuer.StopAsync(CancellationToken.None);

        Assert.Equal((JobState.Queued, 1), Pick(await _store.GetAsync(job.Id)));
        Assert.Empty(await _store.ListRunnersAsync());
    }

    [Fact]
    public async Task Execute_EveryInterval_DrivenByTimeProvider()
    {
        var job = await RunningRemotely();
        var rescuer = new JobRescuer(_store, new JobRescuerOptions { Interval = TimeSpan.FromSeconds(10) }, _time);
        await rescuer.StartAsync(CancellationToken.None);
        try
        {
            _time.Advance(TimeSpan.FromSeconds(25));
            Assert.Equal(JobState.Running, (await _store.GetAsync(job.Id))!.State);

            // Tick by tick, as the clock would: the first tick after the lease ran out rescues the job.
            await Eventually.HoldsAsync(
                async () =>
                {
                    _time.Advance(TimeSpan.FromSeconds(10));
                    await Task.Delay(20);
                    return (await _store.GetAsync(job.Id))!.State == JobState.Queued;
                },
                TimeSpan.FromSeconds(5),
                "rescued");
        }
        finally
        {
            await rescuer.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public void Options_DefaultsAndValidation()
    {
        var options = new JobRescuerOptions();
        Assert.Equal(TimeSpan.FromSeconds(10), options.Interval);
        Assert.Equal(TimeSpan.FromDays(1), options.StaleRunnerAge);
        options.Validate();
        Assert.Throws<ArgumentOutOfRangeException>(() => new JobRescuerOptions { Interval = TimeSpan.Zero }.Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => new JobRescuerOptions { StaleRunnerAge = TimeSpan.FromSeconds(1) }.Validate());
    }

    private async Task<JobRecord> RunningRemotely(int maxAttempts = 3)
    {
        var job = await _store.SubmitAsync(new JobSubmission("k", "n", "{}") { MaxAttempts = maxAttempts });
        await _store.ClaimAsync(new JobClaim(RemoteOwner, Remote, 1, 1, ["k"], TimeSpan.FromSeconds(30)));
        return job;
    }

    private static async Task<int> DeadProcessIdAsync()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        await process.WaitForExitAsync();
        return process.Id;
    }

    private static (JobState, int) Pick(JobRecord? job) => (job!.State, job.Attempt);
}
