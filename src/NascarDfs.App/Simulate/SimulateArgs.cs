using NascarDfs.App.Optimize;
using NascarDfs.Domain.Scoring;
using NascarDfs.Domain.Sites;
using NascarDfs.Domain.Slates;
using NascarDfs.Jobs.Handlers;

namespace NascarDfs.App.Simulate;

/// <summary>
/// A plain race simulation (SPEC §5): the slate and projections embedded, the scoring, the race, how many races and the
/// seed. Stored as a <see cref="SimulateArgsDocument"/>.
/// </summary>
internal sealed record SimulateArgs : IJobArgs
{
    /// <summary>The job kind of a plain race simulation.</summary>
    public static string Kind => "simulate";

    public required string Name { get; init; }

    public required SiteRules Site { get; init; }

    public required ScoringTable Scoring { get; init; }

    public required RaceConfig Race { get; init; }

    public required int Sims { get; init; }

    public required ulong Seed { get; init; }

    /// <summary>Where to simulate the races (<c>--device</c>): auto takes a GPU when the machine running the job has one.</summary>
    public NascarDfs.Simulation.Gpu.SimulationDevice Device { get; init; }

    public MissingProjectionPolicy MissingProjection { get; init; } = MissingProjectionPolicy.FileAverage;

    public required SalaryFile Slate { get; init; }

    /// <summary>Without projections the file's averages are no forecast of this race, so the grid decides the strengths.</summary>
    public ProjectionFile? Projections { get; init; }
}
