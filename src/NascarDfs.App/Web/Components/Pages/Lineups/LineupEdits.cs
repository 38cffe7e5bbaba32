using System.Collections.Concurrent;
using NascarDfs.Domain.Lineups;

namespace NascarDfs.App.Web.Components.Pages.Lineups;

/// <summary>
/// The player's edits of a finished portfolio on the Lineups page (issue 13): lineups removed before export and lineups
/// locked. A locked lineup is one the player has decided to enter: it cannot be removed (one by one or by "Remove the
/// unlocked shown"), and it goes first in every export, so when a DKEntries file has fewer entries than lineups the
/// locked ones are the ones entered. Edits are kept per job for the life of the server (a reload or another tab sees
/// them; a restart starts clean); the job's stored result is never changed, so the CLI and the API export it whole.
/// </summary>
public sealed class LineupEdits
{
    private readonly ConcurrentDictionary<string, Edit> _jobs = new(StringComparer.Ordinal);

    /// <summary>Whether lineup <paramref name="index"/> (0-based, the job's order) of <paramref name="jobId"/> is removed.</summary>
    public bool IsRemoved(string jobId, int index) => Of(jobId, e => e.Removed.Contains(index));

    public bool IsLocked(string jobId, int index) => Of(jobId, e => e.Locked.Contains(index));

    public int RemovedCount(string jobId) => Of(jobId, e => e.Removed.Count);

    public int LockedCount(string jobId) => Of(jobId, e => e.Locked.Count);

    /// <summary>Removes the lineups that are not locked; returns how many were removed.</summary>
    public int Remove(string jobId, IEnumerable<int> indexes) => Change(jobId, e => indexes.Count(i => !e.Locked.Contains(i) && e.Removed.Add(i)));

    public void RestoreAll(string jobId) => Change(jobId, e =>
    {
        e.Removed.Clear();
        return 0;
    });

    /// <summary>Locks or unlocks a lineup; a removed lineup cannot be locked.</summary>
    public void SetLocked(string jobId, int index, bool locked) => Change(jobId, e =>
    {
        if (!locked) e.Locked.Remove(index);
        else if (!e.Removed.Contains(index)) e.Locked.Add(index);
        return 0;
    });

    /// <summary>The lineups to export: the kept ones, locked first, each group in the job's order.</summary>
    public IReadOnlyList<Lineup> Kept(string jobId, IReadOnlyList<Lineup> lineups) => Of(jobId, e =>
    {
        var kept = Enumerable.Range(0, lineups.Count).Where(i => !e.Removed.Contains(i));
        return (IReadOnlyList<Lineup>)[.. kept.OrderBy(i => e.Locked.Contains(i) ? 0 : 1).ThenBy(i => i).Select(i => lineups[i])];
    });

    private T Of<T>(string jobId, Func<Edit, T> read)
    {
        var edit = _jobs.GetOrAdd(jobId, _ => new Edit());
        lock (edit) return read(edit);
    }

    private int Change(string jobId, Func<Edit, int> change) => Of(jobId, change);

    private sealed class Edit
    {
        public HashSet<int> Removed { get; } = [];

        public HashSet<int> Locked { get; } = [];
    }
}
