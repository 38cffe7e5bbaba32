using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NascarDfs.App.JobHandlers.Documents;
using NascarDfs.App.Optimize;
using NascarDfs.App.Services;
using NascarDfs.Domain.Slates;
using NascarDfs.Simulation.Projections;

namespace NascarDfs.App.Web.Slates;

/// <summary>
/// The slate library (issue 13 "Several slates") in <c>slates/</c> in the data folder: <c>library.json</c> lists the
/// slates (name, site, date, race, track), says which is current and which slate each job was queued from; each slate is
/// its own <c>&lt;id&gt;.json</c> (salary file, projections as edited, their source), so an edit rewrites one small file.
/// Files are written atomically and carry a schema version, so they migrate apart from the job tables; the single
/// <c>slate.json</c> of earlier versions becomes the library's first slate. Importing a salary file adds a slate and
/// never replaces an edited one. <see cref="Changed"/> tells every open page.
/// </summary>
internal sealed class CurrentSlateStore(DataFolder folder, TimeProvider? time = null)
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private Library? _library;
    private CurrentSlate? _current;

    /// <summary>The library's folder.</summary>
    public string FolderPath => Path.Combine(folder.Root, "slates");

    /// <summary>The library's index.</summary>
    public string IndexPath => Path.Combine(FolderPath, "library.json");

    /// <summary>The one-slate file of earlier versions, migrated into the library on first read.</summary>
    public string LegacyPath => Path.Combine(folder.Root, "slate.json");

    /// <summary>Raised after every change, on the thread that made it.</summary>
    public event Action? Changed;

    /// <summary>The current slate, or null before the first import (or after the last slate was deleted).</summary>
    public CurrentSlate? Current
    {
        get
        {
            lock (_gate)
            {
                var library = Index();
                if (_current is null && library.CurrentId is { } id) _current = ReadSlate(library.Entry(id));
                return _current;
            }
        }
    }

    /// <summary>The library's slates, newest import first.</summary>
    public IReadOnlyList<SlateEntry> Slates
    {
        get
        {
            lock (_gate) return [.. Index().Slates.OrderByDescending(s => s.ImportedAt).ThenByDescending(s => Number(s.Id))];
        }
    }

    /// <summary>The library's slate <paramref name="id"/>, or null when it lists none such.</summary>
    public CurrentSlate? Get(string id)
    {
        lock (_gate)
        {
            if (_current?.Entry.Id == id) return _current;
            return Index().Find(id) is { } entry ? ReadSlate(entry) : null;
        }
    }

    /// <summary>Imports a salary file (DraftKings or FanDuel, detected) as a new slate, made current; the other slates keep their edits. Throws <see cref="InputFileException"/>.</summary>
    public CurrentSlate ImportSalary(TextReader reader, string fileName) => Add(SalaryFileReader.Read(reader, fileName), null);

    /// <summary>Imports projections for the current slate. Throws <see cref="InputFileException"/>.</summary>
    public CurrentSlate ImportProjections(TextReader reader, string fileName)
    {
        var current = Current ?? throw new InvalidOperationException("Import a salary file first.");
        var projections = ProjectionFileReader.Read(reader, fileName);
        SlateAssembler.Assemble(current.Salary, projections); // match errors surface now, not at optimize time
        return Save(current with { Projections = projections, ProjectionSource = null, Imported = projections });
    }

    /// <summary>
    /// Gives the current slate the projections <see cref="ProjectionResolver"/> resolved (the history projector's rows,
    /// or none for the salary file's average), with their source; the table's later edits keep that source named.
    /// </summary>
    public CurrentSlate SetProjections(ResolvedProjections resolved)
    {
        var current = Current ?? throw new InvalidOperationException("Import a salary file first.");
        return Save(current with { Projections = resolved.File, ProjectionSource = resolved.Source, Imported = resolved.File });
    }

    /// <summary>Adds the bundled sample as a new slate, made current.</summary>
    public CurrentSlate LoadSample() => Add(SampleSlate.SalaryFile(), SampleSlate.Projections());

    /// <summary>Applies one driver's edits; the table becomes a projections file keyed by ID.</summary>
    public CurrentSlate Update(DriverEdit edit)
    {
        var current = Current ?? throw new InvalidOperationException("There is no slate to edit.");
        return Save(Edited(WithRows(current, current.Assemble().Drivers.Select(d => d.Id == edit.Id ? edit : Edit(d)))));
    }

    /// <summary>
    /// Sets which drivers are locked and which excluded (by ID), the others cleared: the one place locks and exclusions
    /// live (issue 13 defect 12), shown by the Slate table and the Optimize page alike.
    /// </summary>
    public CurrentSlate SetLocksAndExclusions(IReadOnlySet<string> lockedIds, IReadOnlySet<string> excludedIds)
    {
        var current = Current ?? throw new InvalidOperationException("There is no slate to edit.");
        return Save(WithRows(current, current.Assemble().Drivers.Select(d => Edit(d) with { Locked = lockedIds.Contains(d.Id), Excluded = excludedIds.Contains(d.Id) })));
    }

    /// <summary>
    /// Applies <paramref name="change"/> to every driver's edit of the current slate at once (bulk actions: reset
    /// projections, clear locks, set exposures); one save, one <see cref="Changed"/>.
    /// </summary>
    public CurrentSlate UpdateAll(Func<Driver, DriverEdit, DriverEdit> change)
    {
        var current = Current ?? throw new InvalidOperationException("There is no slate to edit.");
        return Save(Edited(WithRows(current, current.Assemble().Drivers.Select(d => change(d, Edit(d))))));
    }

    /// <summary>
    /// Makes a job's slate (its salary file and projections as it ran) the current one: Edit &amp; re-run. A library slate
    /// with exactly that content becomes current; otherwise the job's slate is added, so no edited slate is overwritten.
    /// </summary>
    public CurrentSlate Replace(SalaryFile salary, ProjectionFile? projections)
    {
        lock (_gate)
        {
            var hash = Fingerprint(salary);
            foreach (var entry in Index().Slates.Where(s => s.SalaryHash == hash).OrderByDescending(s => s.ImportedAt))
            {
                var slate = ReadSlate(entry);
                if (Fingerprint(slate.Projections) == Fingerprint(projections)) return Switch(entry.Id);
            }
        }

        return Add(salary, projections);
    }

    /// <summary>Makes the library's slate <paramref name="id"/> current. Throws <see cref="ArgumentException"/> for an unknown id.</summary>
    public CurrentSlate Switch(string id)
    {
        CurrentSlate slate;
        lock (_gate)
        {
            var library = Index();
            var entry = library.Find(id) ?? throw new ArgumentException($"There is no slate {id} in the library; pick one of the list.");
            slate = ReadSlate(entry);
            WriteIndex(library with { CurrentId = id });
            _current = slate;
        }

        Changed?.Invoke();
        return slate;
    }

    /// <summary>Changes what the library says of slate <paramref name="id"/>: its name, race date and track (null clears them).</summary>
    public SlateEntry Describe(string id, string name, DateOnly? raceDate, string? track)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("A slate needs a name.");
        SlateEntry entry;
        lock (_gate)
        {
            var library = Index();
            entry = (library.Find(id) ?? throw new ArgumentException($"There is no slate {id} in the library.")) with
            {
                Name = name.Trim(),
                RaceDate = raceDate,
                Track = string.IsNullOrWhiteSpace(track) ? null : track.Trim(),
            };
            WriteIndex(library.With(entry));
            if (_current?.Entry.Id == id) _current = _current with { Entry = entry };
        }

        Changed?.Invoke();
        return entry;
    }

    /// <summary>Removes slate <paramref name="id"/> from the library (jobs keep their own copy); the newest other one becomes current if it was.</summary>
    public void Delete(string id)
    {
        lock (_gate)
        {
            var library = Index();
            if (library.Find(id) is null) throw new ArgumentException($"There is no slate {id} in the library.");
            var rest = library.Slates.Where(s => s.Id != id).ToList();
            var currentId = library.CurrentId == id ? rest.OrderByDescending(s => s.ImportedAt).FirstOrDefault()?.Id : library.CurrentId;
            WriteIndex(library with { Slates = rest, CurrentId = currentId });
            File.Delete(SlatePath(id));
            if (_current?.Entry.Id == id) _current = null;
        }

        Changed?.Invoke();
    }

    /// <summary>
    /// Records that job <paramref name="jobId"/> was queued from a slate: the current one when its salary file is the
    /// job's, else the newest library slate with that salary file; nothing when none has it. The link lives in
    /// <c>library.json</c>, so it survives a restart. Returns the slate linked, if any.
    /// </summary>
    public SlateEntry? LinkJob(string jobId, SalaryFile salary)
    {
        lock (_gate)
        {
            var library = Index();
            var hash = Fingerprint(salary);
            var entry = library.CurrentId is { } current && library.Find(current) is { } c && c.SalaryHash == hash
                ? c
                : library.Slates.Where(s => s.SalaryHash == hash).OrderByDescending(s => s.ImportedAt).FirstOrDefault();
            if (entry is null) return null;
            WriteIndex(library with { Jobs = new Dictionary<string, string>(library.Jobs, StringComparer.Ordinal) { [jobId] = entry.Id } });
            return entry;
        }
    }

    /// <summary>The slate job <paramref name="jobId"/> was queued from, if it was linked and the slate is still in the library.</summary>
    public SlateEntry? SlateOfJob(string jobId)
    {
        lock (_gate)
        {
            var library = Index();
            return library.Jobs.TryGetValue(jobId, out var id) ? library.Find(id) : null;
        }
    }

    /// <summary>Whether job <paramref name="jobId"/> was linked to a slate since deleted from the library.</summary>
    public bool SlateOfJobDeleted(string jobId)
    {
        lock (_gate)
        {
            var library = Index();
            return library.Jobs.TryGetValue(jobId, out var id) && library.Find(id) is null;
        }
    }

    /// <summary>
    /// Projection, StdDev, Start and Own % of every driver back to the imported file's (the salary file's averages when
    /// no projections were imported); locks, exclusions, outs and exposures stay.
    /// </summary>
    public CurrentSlate ResetToFile()
    {
        var current = Current ?? throw new InvalidOperationException("There is no slate to edit.");
        var values = (current with { Projections = current.Imported }).Assemble().Drivers.ToDictionary(d => d.Id, StringComparer.Ordinal);
        return UpdateAll((d, e) =>
        {
            var f = values[d.Id];
            return e with { Projection = f.Projection, StdDev = f.StdDev, Start = f.Start, Ownership = f.Ownership };
        });
    }

    public static DriverEdit Edit(Driver d) =>
        new(d.Id, d.Projection, d.StdDev, d.Start, d.Ownership, d.MinExposure, d.MaxExposure, d.Locked, d.Excluded, d.Out);

    // Projections the app made (the history projector) and then edited say so in their source.
    private const string EditedNote = ", then edited in the app";

    private static CurrentSlate Edited(CurrentSlate slate) =>
        slate.ProjectionSource is { } source && !source.Description.EndsWith(EditedNote, StringComparison.Ordinal)
            ? slate with { ProjectionSource = source with { Description = source.Description + EditedNote } }
            : slate;

    private static CurrentSlate WithRows(CurrentSlate current, IEnumerable<DriverEdit> edits)
    {
        var drivers = current.Assemble().Drivers;
        var rows = edits.Select((e, i) => new ProjectionRow(i + 2, e.Id, drivers[i].Name, e.Projection, e.Start, e.StdDev, drivers[i].Ceiling, e.Ownership,
            e.MinExposure, e.MaxExposure, e.Locked, e.Excluded, e.Out));
        var name = current.Projections?.FileName ?? "projections (edited)";
        return current with { Projections = new ProjectionFile(name, [.. rows]) };
    }

    private CurrentSlate Add(SalaryFile salary, ProjectionFile? projections)
    {
        CurrentSlate slate;
        lock (_gate)
        {
            var library = Index();
            var id = (library.Slates.Select(s => Number(s.Id)).DefaultIfEmpty(0).Max() + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var entry = SlateEntry.For(id, salary, _time.GetUtcNow()) with { SalaryHash = Fingerprint(salary) };
            slate = new CurrentSlate(salary, projections) { Entry = entry, Imported = projections };
            WriteSlate(slate);
            WriteIndex(library with { Slates = [.. library.Slates, entry], CurrentId = id });
            _current = slate;
        }

        Changed?.Invoke();
        return slate;
    }

    private CurrentSlate Save(CurrentSlate slate)
    {
        lock (_gate)
        {
            if (string.IsNullOrEmpty(slate.Entry.Id)) throw new InvalidOperationException("This slate is not in the library.");
            WriteSlate(slate);
            if (Index().CurrentId == slate.Entry.Id) _current = slate;
        }

        Changed?.Invoke();
        return slate;
    }

    private Library Index()
    {
        if (_library is not null) return _library;
        if (File.Exists(IndexPath))
        {
            var document = JsonSerializer.Deserialize<Library>(File.ReadAllText(IndexPath), AppJson.Options) ?? new Library();
            CheckVersion(IndexPath, document.SchemaVersion);
            _library = document;
        }
        else
        {
            _library = new Library();
            if (File.Exists(LegacyPath)) Migrate();
        }

        return _library;
    }

    // The one slate of schema v1 becomes slate 1, current; slate.json is left where it was.
    private void Migrate()
    {
        var legacy = JsonSerializer.Deserialize<SlateDocument>(File.ReadAllText(LegacyPath), AppJson.Options);
        if (legacy?.Salary is null) return;
        CheckVersion(LegacyPath, legacy.SchemaVersion);
        var entry = SlateEntry.For("1", legacy.Salary, new DateTimeOffset(File.GetLastWriteTimeUtc(LegacyPath), TimeSpan.Zero)) with { SalaryHash = Fingerprint(legacy.Salary) };
        WriteSlate(new CurrentSlate(legacy.Salary, legacy.Projections) { Entry = entry, Imported = legacy.Projections });
        WriteIndex(new Library { Slates = [entry], CurrentId = entry.Id });
    }

    private CurrentSlate ReadSlate(SlateEntry entry)
    {
        var path = SlatePath(entry.Id);
        if (!File.Exists(path)) throw new InvalidOperationException($"{path} is missing: the library lists slate '{entry.Name}' but its file is gone. Delete it from the library or restore the file.");
        var document = JsonSerializer.Deserialize<SlateDocument>(File.ReadAllText(path), AppJson.Options)
            ?? throw new InvalidOperationException($"{path} is empty.");
        CheckVersion(path, document.SchemaVersion);
        return new CurrentSlate(document.Salary, document.Projections) { Entry = entry, ProjectionSource = document.ProjectionSource?.ToDomain(), Imported = document.Imported };
    }

    private void WriteSlate(CurrentSlate slate) =>
        WriteAtomically(SlatePath(slate.Entry.Id), new SlateDocument(CurrentSlate.SchemaVersion, slate.Salary, slate.Projections,
            slate.ProjectionSource is { } source ? ProjectionSourceDocument.From(source) : null, slate.Imported));

    private void WriteIndex(Library library)
    {
        WriteAtomically(IndexPath, library with { SchemaVersion = CurrentSlate.SchemaVersion });
        _library = library;
    }

    private static void WriteAtomically<T>(string path, T document) => AtomicFile.WriteAllText(path, JsonSerializer.Serialize(document, AppJson.Options));

    private string SlatePath(string id) => Path.Combine(FolderPath, id + ".json");

    private static void CheckVersion(string path, int version)
    {
        if (version > CurrentSlate.SchemaVersion)
        {
            throw new InvalidOperationException($"{path} was written by a newer NascarDfs (schema {version}); it is left as it is.");
        }
    }

    private static int Number(string id) => int.TryParse(id, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;

    private static string Fingerprint<T>(T value) =>
        value is null ? "" : Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value, AppJson.Options))));

    // Imported: the projections before any edit in the table (what Reset to the file goes back to); null for none.
    private sealed record SlateDocument(int SchemaVersion, SalaryFile Salary, ProjectionFile? Projections, ProjectionSourceDocument? ProjectionSource = null, ProjectionFile? Imported = null);

    private sealed record Library
    {
        public int SchemaVersion { get; init; } = CurrentSlate.SchemaVersion;

        public string? CurrentId { get; init; }

        public IReadOnlyList<SlateEntry> Slates { get; init; } = [];

        /// <summary>Job id → the id of the slate it was queued from.</summary>
        public Dictionary<string, string> Jobs { get; init; } = new(StringComparer.Ordinal);

        public SlateEntry? Find(string id) => Slates.FirstOrDefault(s => s.Id == id);

        public SlateEntry Entry(string id) => Find(id) ?? throw new InvalidOperationException($"The slate library names slate {id} as current but does not list it.");

        public Library With(SlateEntry entry) => this with { Slates = [.. Slates.Select(s => s.Id == entry.Id ? entry : s)] };
    }
}
