using Microsoft.Extensions.Time.Testing;
using NascarDfs.App.Web.Notifications;

namespace NascarDfs.App.Tests.Web;

/// <summary>Issue 13 defect 14: jobs finishing while no page is open raise one OS notification per batch, not one per job.</summary>
public sealed class OsNotificationBatchTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly List<(string Title, string Body)> _shown = [];

    private OsNotificationBatch Batch() => new((title, body) => _shown.Add((title, body)), _time);

    private static OsNotificationBatch.FinishedJob Job(int i, string what = "completed", string? message = null) => new($"id{i}", $"build {i}", what, message);

    [Fact]
    public void OneJob_ReadsAsBefore_AfterTheWindow()
    {
        using var batch = Batch();
        batch.Add(Job(1));
        Assert.Empty(_shown);
        _time.Advance(OsNotificationBatch.Window);
        Assert.Equal([("NascarDfs: build 1 completed", "Job #id1 completed.")], _shown);
    }

    [Fact]
    public void TwelveJobsInTheWindow_OneNotification_WithTheCounts()
    {
        using var batch = Batch();
        for (var i = 1; i <= 10; i++) batch.Add(Job(i));
        batch.Add(Job(11, "completed with warnings", "Built 85 of the 150 lineups asked for."));
        batch.Add(Job(12, "failed", "boom"));
        _time.Advance(OsNotificationBatch.Window);

        var (title, body) = Assert.Single(_shown);
        Assert.Equal("NascarDfs: 12 jobs finished", title);
        Assert.Equal("10 completed, 1 completed with warnings, 1 failed: build 1, build 2, build 3 and 9 more.", body);
    }

    [Fact]
    public void ThreeHundredJobs_OneAfterAnother_AtMostOneNotificationPerGap()
    {
        using var batch = Batch();
        var seconds = 0;
        for (var i = 0; i < 300; i++, seconds++)
        {
            batch.Add(Job(i));
            _time.Advance(TimeSpan.FromSeconds(1)); // a job a second: 300 s in all
        }

        _time.Advance(OsNotificationBatch.Gap);
        Assert.InRange(_shown.Count, 2, 1 + (seconds / (int)OsNotificationBatch.Gap.TotalSeconds) + 1);
        Assert.Equal(300, _shown.Sum(n => n.Title.EndsWith(" jobs finished", StringComparison.Ordinal) ? int.Parse(n.Title.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture) : 1));
    }

    [Fact]
    public void Flush_ShowsWhatIsPending_AtOnce()
    {
        using var batch = Batch();
        batch.Add(Job(1));
        batch.Add(Job(2));
        batch.Flush();
        Assert.Equal("NascarDfs: 2 jobs finished", Assert.Single(_shown).Title);
        _time.Advance(OsNotificationBatch.Gap);
        Assert.Single(_shown);
    }
}
