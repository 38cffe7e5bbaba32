using NascarDfs.App.Optimize;
using NascarDfs.Contests.Definitions;
using NascarDfs.Domain.Lineups;
using NascarDfs.Domain.Scoring;
using NascarDfs.Domain.Sites;
using NascarDfs.Domain.Slates;
using NascarDfs.Jobs.Handlers;

namespace NascarDfs.App.Contests;

/// <summary>
/// A finished portfolio entered in a contest (SPEC §10): the slate and projections embedded (the field follows the
/// projections' ownership), the contest, the lineups (from an upload CSV or a finished job), the race and the seeds.
/// Stored as a <see cref="ContestArgsDocument"/>.
/// </summary>
internal sealed record ContestArgs : IJobArgs
{
    /// <summary>The job kind of a contest evaluation.</summary>
    public static string Kind => "contest";

    public required string Name { get; init; }

    public required SiteRules Site { get; init; }

    public required ScoringTable Scoring { get; init; }

    public required Contest Contest { get; init; }

    public required IReadOnlyList<Lineup> Lineups { get; init; }

    public required RaceConfig Race { get; init; }

    public required int Sims { get; init; }

    /// <summary>The race simulation's seed.</summary>
    public required ulong Seed { get; init; }

    /// <summary>The field's seed.</summary>
    public required ulong FieldSeed { get; init; }

    /// <summary>Where to simulate the races (<c>--device</c>): auto takes a GPU when the machine running the job has one.</summary>
    public NascarDfs.Simulation.Gpu.SimulationDevice Device { get; init; }

    public MissingProjectionPolicy MissingProjection { get; init; } = MissingProjectionPolicy.FileAverage;

    public required SalaryFile Slate { get; init; }

    /// <summary>Projections with an <c>Ownership</c> column; without it the field follows an estimate (labelled).</summary>
    public ProjectionFile? Projections { get; init; }

    /// <summary>The job the lineups came from ("#12"), or null for an uploaded file.</summary>
    public string? SourceJob { get; init; }

    /// <summary>What reading the inputs noticed (a projections sheet priced differently from the salary file).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
