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

    /// <summary>The projections the simulator fits to; without them, the salary file's average (as every command).</summary>
    public ProjectionFile? Projections { get; init; }

    /// <summary>Where <see cref="Projections"/> came from (null in configs stored before sources were recorded: then the
    /// file is the user's, none is the salary file's average).</summary>
    public NascarDfs.Simulation.Projections.ProjectionSource? ProjectionSource { get; init; }

    /// <summary>The projections through the one resolver (<see cref="NascarDfs.Simulation.Projections.ProjectionResolver"/>), as stored.</summary>
    public NascarDfs.Simulation.Projections.ResolvedProjections ResolvedProjections =>
        NascarDfs.Simulation.Projections.ProjectionResolver.Stored(Slate, Projections, ProjectionSource);
}
