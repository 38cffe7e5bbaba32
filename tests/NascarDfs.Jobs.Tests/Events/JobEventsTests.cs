using NascarDfs.Jobs.Events;

namespace NascarDfs.Jobs.Tests.Events;

public sealed class JobEventsTests : IDisposable
{
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Subscribe_DisposedSubscription_StopsReceiving()
    {
        var events = new JobEvents();
        var received = 0;
        var subscription = events.Subscribe(_ => received++);
        Assert.True(events.HasSubscribers);
        events.Publish(new JobEvent(JobEventKind.Queued, "a", "n", null, null));
        subscription.Dispose();
        subscription.Dispose();
        events.Publish(new JobEvent(JobEventKind.Queued, "a", "n", null, null));
        Assert.Equal(1, received);
        Assert.False(events.HasSubscribers);
    }

    [Fact]
    public void SubscribeEngine_ReceivesEvents_ButDoesNotAskForCounts()
    {
        var events = new JobEvents();
        var received = 0;
        using (events.SubscribeEngine(_ => received++))
        {
            Assert.False(events.HasSubscribers);
            Assert.True(events.HasListeners);
            using (events.Subscribe(_ => { }))
            {
                Assert.True(events.HasSubscribers);
            }

            Assert.False(events.HasSubscribers);
            events.Publish(new JobEvent(JobEventKind.Queued, "a", "n", null, null));
        }

        Assert.Equal(1, received);
        Assert.False(events.HasListeners);
    }

    [Fact]
    public void Publish_NumbersEventsInPublicationOrder()
    {
        var events = new JobEvents();
        var seen = new List<long>();
        using var _ = events.Subscribe(e => seen.Add(e.Sequence));
        for (var i = 0; i < 3; i++) events.Publish(new JobEvent(JobEventKind.Queued, "a", "n", null, null));
        Assert.Equal([1L, 2L, 3L], seen);
    }

    [Fact]
    public void Publish_ThrowingSubscriber_DoesNotStopOthers()
    {
        var events = new JobEvents();
        var received = 0;
        using var bad = events.Subscribe(_ => throw new InvalidOperationException());
        using var good = events.Subscribe(_ => received++);
        events.Publish(new JobEvent(JobEventKind.Queued, "a", "n", null, null));
        Assert.Equal(1, received);
    }

    [Fact]
    public async Task ChangeWatcher_CommitByAnotherConnection_PublishesExternalChange()
    {
        using var store = _db.Open();
        using var other = _db.Open();
        var events = new JobEvents();
        var seen = new List<JobEvent>();
        using var _ = events.Subscribe(seen.Add);
        using var watcher = new JobChangeWatcher(store.Changes, events);
        Assert.False(await watcher.CheckAsync());
        Assert.False(await watcher.CheckAsync());
        await other.SubmitAsync(new JobSubmission("k", "n", "{}"));
        Assert.True(await watcher.CheckAsync());
        var change = Assert.Single(seen);
        Assert.Equal((JobEventKind.ExternalChange, 1L), (change.Kind, change.Sequence));
        Assert.False(await watcher.CheckAsync());
    }

    [Fact]
    public void ChangeWatcherOptions_DefaultsAndValidation()
    {
        Assert.Equal(TimeSpan.FromMilliseconds(500), new JobChangeWatcherOptions().Interval);
        Assert.Throws<ArgumentOutOfRangeException>(() => new JobChangeWatcherOptions { Interval = TimeSpan.Zero }.Validate());
    }
}
