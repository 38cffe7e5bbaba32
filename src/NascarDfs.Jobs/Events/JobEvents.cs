namespace NascarDfs.Jobs.Events;

/// <summary>
/// The in-process event source for live views (a singleton notifier handing out disposable subscriptions). Subscribers are
/// called synchronously on the publisher's thread and must be quick: a UI component should hop with <c>InvokeAsync</c>.
/// </summary>
public sealed class JobEvents
{
    private readonly object _gate = new();
    private Action<JobEvent>[] _subscribers = [];

    /// <summary>Whether anyone listens (publishers skip computing counts otherwise).</summary>
    public bool HasSubscribers => Volatile.Read(ref _subscribers).Length > 0;

    /// <summary>Listens until the returned subscription is disposed.</summary>
    public IDisposable Subscribe(Action<JobEvent> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        lock (_gate) _subscribers = [.. _subscribers, handler];
        return new Subscription(this, handler);
    }

    /// <summary>Sends an event to every subscriber; a subscriber that throws does not stop the others.</summary>
    public void Publish(JobEvent jobEvent)
    {
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

    private void Unsubscribe(Action<JobEvent> handler)
    {
        lock (_gate) _subscribers = [.. _subscribers.Where(s => s != handler)];
    }

    private sealed class Subscription(JobEvents owner, Action<JobEvent> handler) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) owner.Unsubscribe(handler);
        }
    }
}
