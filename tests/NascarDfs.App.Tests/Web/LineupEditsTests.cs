using System.Collections.Immutable;
using NascarDfs.App.Web.Components.Pages.Lineups;
using NascarDfs.Domain.Lineups;
using NascarDfs.Testing;

namespace NascarDfs.App.Tests.Web;

/// <summary>The Lineups page's edits and table (issue 13): what the exports hold, and how the table sorts and filters.</summary>
public sealed class LineupEditsTests
{
    private static readonly Lineup[] Lineups = [.. Enumerable.Range(0, 5).Select(i => new Lineup([$"d{i}", "d9", $"e{i % 2}"], 50_000 - i * 100, 200 - i))];

    [Fact]
    public void Kept_LeavesOutTheRemoved_PutsTheLockedFirst()
    {
        var edits = new LineupEdits();
        edits.Remove("job", [1]);
        edits.SetLocked("job", 3, true);
        Assert.Equal([Lineups[3], Lineups[0], Lineups[2], Lineups[4]], edits.Kept("job", Lineups));
        Assert.Equal(Lineups, edits.Kept("another job", Lineups));
    }

    [Fact]
    public void Remove_SkipsLockedLineups_AndALockedRemovedLineupCannotBeLocked()
    {
        var edits = new LineupEdits();
        edits.SetLocked("job", 2, true);
        Assert.Equal(3, edits.Remove("job", [0, 2, 3, 4]));
        Assert.False(edits.IsRemoved("job", 2));
        edits.SetLocked("job", 0, true);
        Assert.False(edits.IsLocked("job", 0));
        edits.RestoreAll("job");
        Assert.Equal(5, edits.Kept("job", Lineups).Count);
        Assert.Equal(Lineups[2], edits.Kept("job", Lineups)[0]);
    }

    [Fact]
    public void Edits_AreKeptInTheDataFolderFile_AndSurviveARestart()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "lineup-edits.json");
        var edits = new LineupEdits(path);
        edits.Remove("job", [1, 4]);
        edits.SetLocked("job", 3, true);
        edits.SetLocked("other", 0, true);
        edits.SetLocked("other", 0, false); // back to no edit: the job leaves the file

        var restarted = new LineupEdits(path);
        Assert.Equal([Lineups[3], Lineups[0], Lineups[2]], restarted.Kept("job", Lineups));
        Assert.True(restarted.IsLocked("job", 3));
        Assert.Equal(2, restarted.RemovedCount("job"));
        Assert.Equal(Lineups, restarted.Kept("other", Lineups));
        Assert.DoesNotContain("other", File.ReadAllText(path));
        Assert.False(File.Exists(path + ".tmp"));

        restarted.RestoreAll("job");
        Assert.Equal([Lineups[3], Lineups[0], Lineups[1], Lineups[2], Lineups[4]], new LineupEdits(path).Kept("job", Lineups));
    }

    [Fact]
    public void UnreadableFile_IsKeptAside_NotWrittenOver_AndTheEditsStartClean()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "lineup-edits.json");
        File.WriteAllText(path, "{ \"schemaVersion\": 1, \"jobs\": [ truncated");

        var edits = new LineupEdits(path);
        Assert.Equal(Lineups, edits.Kept("job", Lineups));
        edits.Remove("job", [0]);

        Assert.Equal("{ \"schemaVersion\": 1, \"jobs\": [ truncated", File.ReadAllText(path + ".unreadable"));
        Assert.Equal(4, new LineupEdits(path).Kept("job", Lineups).Count);

        // A second unreadable file goes beside the first, which stays as it was.
        File.WriteAllText(path, "{ \"schemaVersion\": 99, \"jobs\": {} }");
        Assert.Equal(Lineups, new LineupEdits(path).Kept("job", Lineups));
        Assert.Equal("{ \"schemaVersion\": 99, \"jobs\": {} }", File.ReadAllText(path + ".unreadable.1"));
        Assert.StartsWith("{ \"schemaVersion\": 1,", File.ReadAllText(path + ".unreadable"));
    }

    [Fact]
    public void Sort_MissingValuesLast_TiesInTheJobsOrder_FilterByDriver()
    {
        LineupRow Row(int i, double? ownership) => new(i, Lineups[i], [.. Lineups[i].DriverIds], ownership, null, null);
        LineupRow[] rows = [Row(0, 120), Row(1, null), Row(2, 90), Row(3, 120), Row(4, 80)];
        Assert.Equal([5, 3, 1, 4, 2], LineupTable.Sort(rows, LineupColumn.Ownership, ascending: true).Select(r => r.Number));
        Assert.Equal([1, 4, 3, 5, 2], LineupTable.Sort(rows, LineupColumn.Ownership, ascending: false).Select(r => r.Number));
        Assert.Equal([1, 3, 5], LineupTable.Filter(rows, "e0", null).Select(r => r.Number));
        Assert.Equal([2, 4], LineupTable.Filter(rows, "d9", "e0").Select(r => r.Number));
    }
}
