namespace NascarDfs.App.Web.Notifications;

/// <summary>
/// Coalesces refresh requests from a burst of events: one refresh runs at a time, and requests made meanwhile cause exactly
/// one more run, so a view never queries the store once per event yet never misses the last change.
/// </summary>
internal sealed class RefreshGate(Func<Task> refresh)
{
    private int _state; // 0 idle, 1 running, 2 running and asked again

    public async Task RequestAsync()
    {
        if (Interlocked.Increment(ref _state) > 1)
        {
            Interlocked.Exchange(ref _state, 2);
            return;
        }

        do
        {
            Interlocked.Exchange(ref _state, 1);
            await refresh();
        }
        while (Interlocked.CompareExchange(ref _state, 0, 1) != 1);
    }
}
