using NascarDfs.Jobs;

namespace NascarDfs.App.Web.Notifications;

/// <summary>
/// The OS notifications of jobs that finish while no page is open, batched (issue 13 defect 14): the first finish waits
/// <see cref="Window"/> for company, and after a notification the next waits until <see cref="Gap"/> has passed, so 300
/// jobs finishing one after another give a notification every half minute ("12 jobs finished"), never 300. A single
/// job reads as before ("NascarDfs: NAME completed"). Whatever is pending when the server stops is shown then.
/// </summary>
internal sealed class OsNotificationBatch(Action<string, string> notify, TimeProvider time) : IDisposable
{
    /// <summary>How long the first finish of a quiet spell waits for others.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(2);

    /// <summary>The least time between two notifications.</summary>
    public static readonly TimeSpan Gap = TimeSpan.FromSeconds(30);

    /// <summary>Job names listed in a batch's body before "and N more".</summary>
    public const int NamesShown = 3;

    private readonly Lock _gate = new();
    private List<FinishedJob> _pending = [];
    private ITimer? _timer;
    private DateTimeOffset? _last;

    /// <summary>A finished job: its id, name, what happened ("completed", "completed with warnings", "failed") and the reason.</summary>
    public sealed record FinishedJob(string Id, string Name, string What, string? Message);

    public void Add(FinishedJob job)
    {
        lock (_gate)
        {
            _pending.Add(job);
            if (_timer is not null) return;
            var now = time.GetUtcNow();
            var due = Window;
            if (_last is { } last && last + Gap - now > due) due = last + Gap - now;
            _timer = time.CreateTimer(_ => Flush(), null, due, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>Shows what is pending now, as one notification.</summary>
    public void Flush()
    {
        List<FinishedJob> batch;
        lock (_gate)
        {
            batch = _pending;
            _pending = [];
            _timer?.Dispose();
            _timer = null;
            if (batch.Count > 0) _last = time.GetUtcNow();
        }

        if (batch.Count == 0) return;
        var (title, body) = Text(batch);
        notify(title, body);
    }

    /// <summary>One job: its name and outcome, the reason as the body. Several: "N jobs finished", the counts and the first names.</summary>
    internal static (string Title, string Body) Text(IReadOnlyList<FinishedJob> batch)
    {
        if (batch.Count == 1)
        {
            var job = batch[0];
            return ($"NascarDfs: {job.Name} {job.What}", job.Message ?? $"Job #{job.Id} {job.What}.");
        }

        var counts = batch.GroupBy(j => j.What).OrderBy(g => Rank(g.Key)).Select(g => $"{g.Count()} {g.Key}");
        var names = string.Join(", ", batch.Take(NamesShown).Select(j => j.Name));
        var more = batch.Count > NamesShown ? $" and {batch.Count - NamesShown} more" : "";
        return ($"NascarDfs: {batch.Count} jobs finished", $"{string.Join(", ", counts)}: {names}{more}.");
    }

    private static int Rank(string what) => what switch
    {
        "completed" => 0,
        JobSummary.CompletedWithWarnings => 1,
        _ => 2,
    };

    public void Dispose()
    {
        lock (_gate) _timer?.Dispose();
    }
}
