namespace NascarDfs.App.Web.Notifications;

/// <summary>
/// How many pages have a live connection right now. A closed tab's circuit lingers for minutes, so this counts connections
/// (up/down), not circuits: with none, finished jobs are announced through the OS instead.
/// </summary>
internal sealed class PageConnections
{
    private int _connected;

    public int Connected => Volatile.Read(ref _connected);

    public void Up() => Interlocked.Increment(ref _connected);

    public void Down() => Interlocked.Decrement(ref _connected);
}
