using System.Collections.Immutable;
using NascarDfs.Domain.Slates;

namespace NascarDfs.Simulation.Projections;

/// <summary>
/// The projections a run uses, as <see cref="ProjectionResolver"/> found them: a projections file (the user's, or the
/// history projector's rows) or none (the salary file's average), where they came from, and what resolving noticed.
/// </summary>
/// <param name="File">The projections to merge into the slate; null for the salary file's average.</param>
/// <param name="Source">Where they came from.</param>
/// <param name="History">Per slate driver (file order), the history projector's details; empty for the other sources.</param>
public sealed record ResolvedProjections(ProjectionFile? File, ProjectionSource Source, ImmutableArray<HistoryProjection> History)
{
    /// <summary>What resolving noticed (drivers without history, grid rows that matched no driver): the source's warnings.</summary>
    public IReadOnlyList<string> Warnings => Source.Warnings;

    /// <summary>The slate: <paramref name="salary"/> with <see cref="File"/> merged in (the salary file's average without one).</summary>
    public Slate Assemble(SalaryFile salary, MissingProjectionPolicy policy = MissingProjectionPolicy.FileAverage)
    {
        var slate = SlateAssembler.Assemble(salary, File, policy);
        return Warnings.Count == 0 ? slate : slate with { Warnings = [.. Warnings, .. slate.Warnings] };
    }
}
