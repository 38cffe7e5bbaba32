using NascarDfs.Domain.Slates;

namespace NascarDfs.App.Web.Slates;

/// <summary>
/// The slate the pages work on: the salary file as the site published it and the projections as edited in the app
/// (the driver table's edits are a projections file with one row per driver, keyed by ID).
/// </summary>
internal sealed record CurrentSlate(SalaryFile Salary, ProjectionFile? Projections)
{
    public const int SchemaVersion = 1;

    /// <summary>
    /// The projections as imported (the file, the sample's, or a job's as it ran), before any edit in the table: what the
    /// Slate table's <i>Reset to the file</i> goes back to. Null for a salary file alone (its averages are the file's values).
    /// </summary>
    public ProjectionFile? Imported { get; init; }

    /// <summary>The slate ready to optimize: projections merged in, with the merge's warnings.</summary>
    public Slate Assemble() => SlateAssembler.Assemble(Salary, Projections);
}
