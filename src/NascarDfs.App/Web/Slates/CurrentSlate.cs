using NascarDfs.Domain.Slates;
using NascarDfs.Simulation.Projections;

namespace NascarDfs.App.Web.Slates;

/// <summary>
/// A slate of the library, the one the pages work on when it is current: the salary file as the site published it and
/// the projections as edited in the app (the driver table's edits are a projections file with one row per driver, keyed
/// by ID), with what the library shows of it (<see cref="Entry"/>) and where its projections came from.
/// </summary>
internal sealed record CurrentSlate(SalaryFile Salary, ProjectionFile? Projections)
{
    public const int SchemaVersion = 2;

    /// <summary>The slate's place in the library (id, name, site, date, race and track); empty for a slate outside it.</summary>
    public SlateEntry Entry { get; init; } = SlateEntry.Unsaved;

    /// <summary>
    /// Where <see cref="Projections"/> came from when the app made them (the history projector, with its sentence); null
    /// for the user's file or edits of it, and for none (the salary file's average): <see cref="ProjectionResolver.SourceOf"/> says.
    /// </summary>
    public ProjectionSource? ProjectionSource { get; init; }

    /// <summary>The projections' source as every front end names it.</summary>
    public ProjectionSource Source => ProjectionSource ?? ProjectionResolver.SourceOf(Salary, Projections);

    /// <summary>
    /// The projections as imported (the file, the sample's, or a job's as it ran), before any edit in the table: what the
    /// Slate table's <i>Reset to the file</i> goes back to. Null for a salary file alone (its averages are the file's values).
    /// </summary>
    public ProjectionFile? Imported { get; init; }

    /// <summary>The slate ready to optimize: projections merged in, with the merge's warnings.</summary>
    public Slate Assemble() => SlateAssembler.Assemble(Salary, Projections);
}
