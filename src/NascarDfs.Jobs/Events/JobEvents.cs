namespace NascarDfs.Jobs.Events;

/// <summary>
/// The in-process event source for live views (a singleton notifier handing out disposable subscriptions). Subscribers are
/// called synchronously on the publisher's thread and must be quick: a UI component should hop with <c>InvokeAsync</c>.
/// </summary>
public sealed class JobEvents
{
    private readonly object _gate = new();
    private Action<JobEvent>[] _subscribers = [];
    private int _viewers;
    private long _sequence;

    /// <summary>Whether any view listens. The engine's own listener (the runner, which only wants wake-ups and cancel requests) does not count.</summary>
    public bool HasSubscribers => Volatile.Read(ref _viewers) > 0;

    /// <summary>Whether anyone at all listens, the engine included (publishers skip the event otherwise).</summary>
    internal bool HasListeners => Volatile.Read(ref _subscribers).Length > 0;

    /// <summary>Listens until the returned subscription is disposed.</summary>
    public IDisposable Subscribe(Action<JobEvent> handler) => Add(handler, viewer: true);

    /// <summary>The engine's own listener: gets every event, but does not count as a view.</summary>
    internal IDisposable SubscribeEngine(Action<JobEvent> handler) => Add(handler, viewer: false);

    private Subscription Add(Action<JobEvent> handler, bool viewer)
    {
        ArgumentNullException.ThrowIfNull(handler);
        lock (_gate)
        {
            _subscribers = [.. _subscribers, handler];
            if (viewer) _viewers++;
        }

        return new Subscription(this, handler, viewer);
    }

    /// <summary>Numbers the event and sends it to every subscriber; a subscriber that throws does not stop the others.</summary>
    public void Publish(JobEvent jobEvent)
    {
        ArgumentNullException.ThrowIfNull(jobEvent);
        jobEvent = jobEvent with { Sequence = Interlocked.Increment(ref _sequence) };
        foreach (var subscriber in Volatile.Read(ref _subscribers))
        {
            try
            {
                subscriber(jobEvent);
            }
            catch (Exception)
            {
                // A broken view must not break the engine.
            }
        }
    }

    private void Unsubscribe(Action<JobEvent> handler, bool viewer)
    {
        lock (_gate)
        {
            var index = Array.IndexOf(_subscribers, handler);
            if (index < 0) return;
            _subscribers = [.. _subscribers[..index], .. _subscribers[(index + 1)..]];
            if (viewer) _viewers--;
        }
    }

    private sealed class Subscription(JobEvents owner, Action<JobEvent> handler, bool viewer) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) owner.Unsubscribe(handler, viewer);
        }
    }
}
