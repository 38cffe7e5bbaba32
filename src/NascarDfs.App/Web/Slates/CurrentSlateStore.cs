using System.Text.Json;
using NascarDfs.App.Optimize;
using NascarDfs.App.Services;
using NascarDfs.Domain.Slates;

namespace NascarDfs.App.Web.Slates;

/// <summary>
/// Keeps the current slate in <c>slate.json</c> in the data folder (its own file with a schema version, so it migrates
/// apart from the job tables), written atomically so a crash never leaves half a file. <see cref="Changed"/> tells every
/// open page.
/// </summary>
internal sealed class CurrentSlateStore(DataFolder folder)
{
    private readonly Lock _gate = new();
    private CurrentSlate? _current;
    private bool _loaded;

    public string FilePath => Path.Combine(folder.Root, "slate.json");

    /// <summary>Raised after every change, on the thread that made it.</summary>
    public event Action? Changed;

    /// <summary>The saved slate, or null before the first import.</summary>
    public CurrentSlate? Current
    {
        get
        {
            lock (_gate)
            {
                if (!_loaded) _current = Read();
                _loaded = true;
                return _current;
            }
        }
    }

    /// <summary>Imports a salary file (DraftKings or FanDuel, detected); projections are cleared. Throws <see cref="InputFileException"/>.</summary>
    public CurrentSlate ImportSalary(TextReader reader, string fileName) => Save(new CurrentSlate(SalaryFileReader.Read(reader, fileName), null));

    /// <summary>Imports projections for the current slate. Throws <see cref="InputFileException"/>.</summary>
    public CurrentSlate ImportProjections(TextReader reader, string fileName)
    {
        var current = Current ?? throw new InvalidOperationException("Import a salary file first.");
        var projections = ProjectionFileReader.Read(reader, fileName);
        SlateAssembler.Assemble(current.Salary, projections); // match errors surface now, not at optimize time
        return Save(current with { Projections = projections, Imported = projections });
    }

    public CurrentSlate LoadSample()
    {
        var projections = SampleSlate.Projections();
        return Save(new CurrentSlate(SampleSlate.SalaryFile(), projections) { Imported = projections });
    }

    /// <summary>Applies one driver's edits; the table becomes a projections file keyed by ID.</summary>
    public CurrentSlate Update(DriverEdit edit)
    {
        var current = Current ?? throw new InvalidOperationException("There is no slate to edit.");
        var drivers = current.Assemble().Drivers;
        var rows = drivers.Select((d, i) =>
        {
            var e = d.Id == edit.Id ? edit : Edit(d);
            return new ProjectionRow(i + 2, d.Id, d.Name, e.Projection, e.Start, e.StdDev, d.Ceiling, e.Ownership, e.MinExposure, e.MaxExposure, e.Locked, e.Excluded, e.Out);
        });
        var name = current.Projections?.FileName ?? "projections (edited)";
        return Save(current with { Projections = new ProjectionFile(name, [.. rows]) });
    }

    /// <summary>
    /// Sets which drivers are locked and which excluded (by ID), the others cleared: the one place locks and exclusions
    /// live (issue 13 defect 12), shown by the Slate table and the Optimize page alike.
    /// </summary>
    public CurrentSlate SetLocksAndExclusions(IReadOnlySet<string> lockedIds, IReadOnlySet<string> excludedIds)
    {
        var current = Current ?? throw new InvalidOperationException("There is no slate to edit.");
        var rows = current.Assemble().Drivers.Select((d, i) =>
        {
            var e = Edit(d);
            return new ProjectionRow(i + 2, d.Id, d.Name, e.Projection, e.Start, e.StdDev, d.Ceiling, e.Ownership, e.MinExposure, e.MaxExposure,
                lockedIds.Contains(d.Id), excludedIds.Contains(d.Id), e.Out);
        });
        var name = current.Projections?.FileName ?? "projections (edited)";
        return Save(current with { Projections = new ProjectionFile(name, [.. rows]) });
    }

    /// <summary>Makes a job's slate (its salary file and projections as it ran) the current one: Edit &amp; re-run.</summary>
    public CurrentSlate Replace(SalaryFile salary, ProjectionFile? projections) => Save(new CurrentSlate(salary, projections) { Imported = projections });

    /// <summary>
    /// Applies <paramref name="change"/> to every driver's edits at once: the Slate table's bulk actions and the per-driver
    /// exposures of the Optimize page's constraints JSON.
    /// </summary>
    public CurrentSlate UpdateAll(Func<Driver, DriverEdit, DriverEdit> change)
    {
        var current = Current ?? throw new InvalidOperationException("There is no slate to edit.");
        var rows = current.Assemble().Drivers.Select((d, i) =>
        {
            var e = change(d, Edit(d));
            return new ProjectionRow(i + 2, d.Id, d.Name, e.Projection, e.Start, e.StdDev, d.Ceiling, e.Ownership, e.MinExposure, e.MaxExposure, e.Locked, e.Excluded, e.Out);
        });
        var name = current.Projections?.FileName ?? "projections (edited)";
        return Save(current with { Projections = new ProjectionFile(name, [.. rows]) });
    }

    /// <summary>
    /// Projection, StdDev, Start and Own % of every driver back to the imported file's (the salary file's averages when
    /// no projections were imported); locks, exclusions, outs and exposures stay.
    /// </summary>
    public CurrentSlate ResetToFile()
    {
        var current = Current ?? throw new InvalidOperationException("There is no slate to edit.");
        var file = current with { Projections = current.Imported };
        var values = file.Assemble().Drivers.ToDictionary(d => d.Id, StringComparer.Ordinal);
        return UpdateAll((d, e) =>
        {
            var f = values[d.Id];
            return e with { Projection = f.Projection, StdDev = f.StdDev, Start = f.Start, Ownership = f.Ownership };
        });
    }

    public static DriverEdit Edit(Driver d) =>
        new(d.Id, d.Projection, d.StdDev, d.Start, d.Ownership, d.MinExposure, d.MaxExposure, d.Locked, d.Excluded, d.Out);

    private CurrentSlate Save(CurrentSlate slate)
    {
        lock (_gate)
        {
            Directory.CreateDirectory(folder.Root);
            var temp = FilePath + ".tmp";
            File.WriteAllText(temp, JsonSerializer.Serialize(new Document(CurrentSlate.SchemaVersion, slate.Salary, slate.Projections, slate.Imported), AppJson.Options));
            File.Move(temp, FilePath, overwrite: true);
            _current = slate;
            _loaded = true;
        }

        Changed?.Invoke();
        return slate;
    }

    private CurrentSlate? Read()
    {
        if (!File.Exists(FilePath)) return null;
        var document = JsonSerializer.Deserialize<Document>(File.ReadAllText(FilePath), AppJson.Options);
        if (document is null) return null;
        if (document.SchemaVersion > CurrentSlate.SchemaVersion)
        {
            throw new InvalidOperationException($"{FilePath} was written by a newer NascarDfs (schema {document.SchemaVersion}); it is left as it is.");
        }

        return new CurrentSlate(document.Salary, document.Projections) { Imported = document.Imported };
    }

    // Imported came later within schema 1: a file without it reads as null (reset then goes to the salary file's averages).
    private sealed record Document(int SchemaVersion, SalaryFile Salary, ProjectionFile? Projections, ProjectionFile? Imported = null);
}
