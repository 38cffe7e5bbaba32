using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using NascarDfs.App.Services;
using NascarDfs.Domain.Lineups;

namespace NascarDfs.App.Web.Components.Pages.Lineups;

/// <summary>
/// The player's edits of a finished portfolio on the Lineups page (issue 13): lineups removed before export and lineups
/// locked. A locked lineup is one the player has decided to enter: it cannot be removed (one by one or by "Remove the
/// unlocked shown"), and it goes first in every export, so when a DKEntries file has fewer entries than lineups the
/// locked ones are the ones entered. Edits are kept per job in <c>lineup-edits.json</c> in the data folder, written on
/// every change, so a reload, another tab and a restart of the server all see them; the job's stored result is never
/// changed, so the CLI and the API export it whole. Without a file (tests) they live as long as the object.
/// </summary>
public sealed class LineupEdits
{
    private const int SchemaVersion = 1;
    private readonly Dictionary<string, Edit> _jobs = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private string? _path;
    private readonly ILogger _logger;

    /// <param name="path">The file the edits are kept in (null: memory only).</param>
    /// <param name="logger">Where a file that cannot be read or written is reported.</param>
    public LineupEdits(string? path = null, ILogger<LineupEdits>? logger = null)
    {
        _path = path;
        _logger = logger ?? NullLogger<LineupEdits>.Instance;
        if (_path is not null && File.Exists(_path)) Load(_path);
    }

    /// <summary>Whether lineup <paramref name="index"/> (0-based, the job's order) of <paramref name="jobId"/> is removed.</summary>
    public bool IsRemoved(string jobId, int index) => Of(jobId, e => e.Removed.Contains(index));

    public bool IsLocked(string jobId, int index) => Of(jobId, e => e.Locked.Contains(index));

    public int RemovedCount(string jobId) => Of(jobId, e => e.Removed.Count);

    public int LockedCount(string jobId) => Of(jobId, e => e.Locked.Count);

    /// <summary>Removes the lineups that are not locked; returns how many were removed.</summary>
    public int Remove(string jobId, IEnumerable<int> indexes) => Change(jobId, e => indexes.Count(i => !e.Locked.Contains(i) && e.Removed.Add(i)));

    public void RestoreAll(string jobId) => Change(jobId, e =>
    {
        var restored = e.Removed.Count;
        e.Removed.Clear();
        return restored;
    });

    /// <summary>Locks or unlocks a lineup; a removed lineup cannot be locked.</summary>
    public void SetLocked(string jobId, int index, bool locked) => Change(jobId, e =>
        locked ? (!e.Removed.Contains(index) && e.Locked.Add(index) ? 1 : 0) : (e.Locked.Remove(index) ? 1 : 0));

    /// <summary>The lineups to export: the kept ones, locked first, each group in the job's order.</summary>
    public IReadOnlyList<Lineup> Kept(string jobId, IReadOnlyList<Lineup> lineups) => Of(jobId, e =>
    {
        var kept = Enumerable.Range(0, lineups.Count).Where(i => !e.Removed.Contains(i));
        return (IReadOnlyList<Lineup>)[.. kept.OrderBy(i => e.Locked.Contains(i) ? 0 : 1).ThenBy(i => i).Select(i => lineups[i])];
    });

    private T Of<T>(string jobId, Func<Edit, T> read)
    {
        lock (_gate) return read(_jobs.GetValueOrDefault(jobId) ?? Edit.None);
    }

    /// <summary>Applies <paramref name="change"/> (it returns how many lineups it changed) and, when it changed any,
    /// writes the file.</summary>
    private int Change(string jobId, Func<Edit, int> change)
    {
        lock (_gate)
        {
            if (!_jobs.TryGetValue(jobId, out var edit)) _jobs[jobId] = edit = new Edit();
            var changed = change(edit);
            if (edit.Removed.Count == 0 && edit.Locked.Count == 0) _jobs.Remove(jobId);
            if (changed > 0) Save();
            return changed;
        }
    }

    private void Save()
    {
        if (_path is null) return;
        var document = new Document(SchemaVersion, _jobs.ToDictionary(kv => kv.Key, kv => new JobEdits([.. kv.Value.Removed.Order()], [.. kv.Value.Locked.Order()])));
        try
        {
            AtomicFile.WriteAllText(_path, JsonSerializer.Serialize(document, AppJson.Indented));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The page keeps working on the edits in memory; the next change tries the file again.
            _logger.LogError(e, "Could not write the lineup edits to {Path}; they are kept until the server stops.", _path);
        }
    }

    private void Load(string path)
    {
        try
        {
            var document = JsonSerializer.Deserialize<Document>(File.ReadAllText(path), AppJson.Options);
            if (document is null || document.SchemaVersion is < 1 or > SchemaVersion || document.Jobs is null)
            {
                throw new JsonException($"schema version {document?.SchemaVersion} (this version reads {SchemaVersion})");
            }

            foreach (var (job, edits) in document.Jobs)
            {
                var edit = new Edit();
                edit.Removed.UnionWith(edits.Removed ?? []);
                edit.Locked.UnionWith((edits.Locked ?? []).Where(i => !edit.Removed.Contains(i)));
                _jobs[job] = edit;
            }
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            // Never written over: kept beside for the player (or a newer version of the app) to read.
            _jobs.Clear();
            // An earlier unreadable file already kept aside stays too: the first free name of .unreadable, .unreadable.1, …
            var aside = Enumerable.Range(0, int.MaxValue).Select(k => path + (k == 0 ? ".unreadable" : $".unreadable.{k}")).First(p => !File.Exists(p));
            _logger.LogWarning(e, "Could not read the lineup edits in {Path}; starting without them and keeping the file as {Aside}.", path, aside);
            try
            {
                File.Move(path, aside);
            }
            catch (Exception move) when (move is IOException or UnauthorizedAccessException)
            {
                // Writing over it now would lose it: the edits of this run stay in memory only.
                _logger.LogError(move, "Could not move {Path} aside; lineup edits are kept in memory until the server stops.", path);
                _path = null;
            }
        }
    }

    private sealed class Edit
    {
        public static readonly Edit None = new();

        public HashSet<int> Removed { get; } = [];

        public HashSet<int> Locked { get; } = [];
    }

    private sealed record Document(int SchemaVersion, Dictionary<string, JobEdits>? Jobs);

    private sealed record JobEdits(int[]? Removed, int[]? Locked);
}
