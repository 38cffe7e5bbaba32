using Microsoft.Extensions.Time.Testing;
using NascarDfs.Jobs.Events;
using NascarDfs.Jobs.Handlers;
using NascarDfs.Jobs.Runner;

namespace NascarDfs.Jobs.Tests.Runner;

public sealed class ProgressThrottleTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Report_EveryStepGoesLive_StoreOnlyEveryTenPointsOrFiveSeconds()
    {
        var time = new FakeTimeProvider();
        using var store = _db.Open(time);
        await store.SubmitAsync(new JobSubmission("k", "n", "{}"));
        var job = (await store.ClaimAsync(new JobClaim("me", "h", 1, 1, ["k"], TimeSpan.FromSeconds(30))))[0];
        var events = new JobEvents();
        var live = 0;
        using var _ = events.Subscribe(e => live += e.Kind == JobEventKind.Progress ? 1 : 0);
        var throttle = new ProgressThrottle(store, events, job, "me", new JobRunnerOptions(), time);

        for (var p = 1; p <= 9; p++) throttle.Report(new JobProgress(p, null));
        await throttle.FlushAsync();
        Assert.Equal(0, throttle.Writes);

        throttle.Report(new JobProgress(10, "ten"));
        await throttle.FlushAsync();
        Assert.Equal(1, throttle.Writes);
        Assert.Equal((10, "ten"), Pick(await store.GetAsync(job.Id)));

        throttle.Report(new JobProgress(12, "twelve"));
        await throttle.FlushAsync();
        Assert.Equal(1, throttle.Writes);

        time.Advance(TimeSpan.FromSeconds(5));
        throttle.Report(new JobProgress(13, "thirteen"));
        await throttle.FlushAsync();
        Assert.Equal(2, throttle.Writes);
        Assert.Equal((13, "thirteen"), Pick(await store.GetAsync(job.Id)));
        Assert.Equal(12, live);
    }

    private static (int, string?) Pick(JobRecord? job) => (job!.Progress, job.ProgressMessage);
}
