using Microsoft.Extensions.Time.Testing;
using NascarDfs.Jobs.Maintenance;
using NascarDfs.Jobs.Stores.Sqlite;

namespace NascarDfs.Jobs.Tests.Maintenance;

public sealed class JobPrunerTests : IDisposable
{
    private readonly TestDatabase _db = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 2, 16, 18, 0, 0, TimeSpan.Zero));
    private readonly SqliteJobStore _store;

    public JobPrunerTests() => _store = _db.Open(_time);

    public void Dispose()
    {
        _store.Dispose();
        _db.Dispose();
    }

    [Fact]
    public async Task PruneOnce_KeepsJobsYoungerThanRetention_DeletesOlderFinishedOnes()
    {
        var done = await Finished();
        var queued = await _store.SubmitAsync(new JobSubmission("k", "queued", "{}"));
        var pruner = new JobPruner(_store, timeProvider: _time);
        _time.Advance(TimeSpan.FromDays(29));
        Assert.Equal(0, await pruner.PruneOnceAsync());
        _time.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, await pruner.PruneOnceAsync());
        Assert.Null(await _store.GetAsync(done.Id));
        Assert.NotNull(await _store.GetAsync(queued.Id));
    }

    [Fact]
    public async Task Execute_EveryInterval_DrivenByTimeProvider()
    {
        var done = await Finished();
        var pruner = new JobPruner(_store, new JobPrunerOptions { Retention = TimeSpan.FromDays(1), Interval = TimeSpan.FromHours(1) }, _time);
        await pruner.StartAsync(CancellationToken.None);
        try
        {
            await Task.Delay(50);
            Assert.NotNull(await _store.GetAsync(done.Id));
            _time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromHours(1));
            await Eventually.HoldsAsync(async () => await _store.GetAsync(done.Id) is null, TimeSpan.FromSeconds(5), "pruned");
        }
        finally
        {
            await pruner.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public void Options_DefaultsAndValidation()
    {
        var options = new JobPrunerOptions();
        Assert.Equal((TimeSpan.FromDays(30), TimeSpan.FromHours(1)), (options.Retention, options.Interval));
        options.Validate();
        Assert.Throws<ArgumentOutOfRangeException>(() => new JobPrunerOptions { Retention = TimeSpan.FromMinutes(1) }.Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => new JobPrunerOptions { Interval = TimeSpan.Zero }.Validate());
    }

    private async Task<JobRecord> Finished()
    {
        var job = await _store.SubmitAsync(new JobSubmission("k", "done", "{}"));
        await _store.ClaimAsync(new JobClaim("me", "h", 1, 1, ["k"], TimeSpan.FromSeconds(30)));
        Assert.True(await _store.CompleteAsync(job.Id, "me", null));
        return job;
    }
}
