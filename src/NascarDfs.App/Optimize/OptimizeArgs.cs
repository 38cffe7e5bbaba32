using NascarDfs.Domain.Scoring;
using NascarDfs.Domain.Sites;
using NascarDfs.Domain.Slates;
using NascarDfs.Jobs.Handlers;
using NascarDfs.Optimization.Portfolio;

namespace NascarDfs.App.Optimize;

/// <summary>
/// Everything needed to build a portfolio (SPEC §9): the salary file and projections embedded as they were, so a re-run
/// gives the same answer after files move or change. Built once per request (CLI options, the Optimize page, an API body),
/// checked by <see cref="OptimizeService"/>, stored as an <see cref="OptimizeArgsDocument"/>.
/// </summary>
internal sealed record OptimizeArgs : IJobArgs
{
    /// <summary>The job kind of an optimization.</summary>
    public static string Kind => "optimize";

    public required string Name { get; init; }

    public required SiteRules Site { get; init; }

    public required ScoringTable Scoring { get; init; }

    public required Objective Objective { get; init; }

    public required int Lineups { get; init; }

    /// <summary>The seed of the projection noise and the simulated races (0 when neither is used).</summary>
    public required ulong Seed { get; init; }

    /// <summary>Where to simulate the races (<c>--device</c>): auto takes a GPU when the machine running the job has one.</summary>
    public NascarDfs.Simulation.Gpu.SimulationDevice Device { get; init; }

    /// <summary>Noise on projections, percent (0 = none).</summary>
    public double Randomness { get; init; }

    public MissingProjectionPolicy MissingProjection { get; init; } = MissingProjectionPolicy.FileAverage;

    public PortfolioConstraints Constraints { get; init; } = new();

    public required SalaryFile Slate { get; init; }

    public ProjectionFile? Projections { get; init; }

    /// <summary>Where <see cref="Projections"/> came from (null in configs stored before sources were recorded: then the
    /// file is the user's, none is the salary file's average).</summary>
    public NascarDfs.Simulation.Projections.ProjectionSource? ProjectionSource { get; init; }

    /// <summary>The projections through the one resolver (<see cref="NascarDfs.Simulation.Projections.ProjectionResolver"/>), as stored.</summary>
    public NascarDfs.Simulation.Projections.ResolvedProjections ResolvedProjections =>
        NascarDfs.Simulation.Projections.ProjectionResolver.Stored(Slate, Projections, ProjectionSource);

    /// <summary>The race the simulation objectives simulate; null for <see cref="Objective.Projection"/>.</summary>
    public RaceConfig? Race { get; init; }

    /// <summary>Simulated races (simulation objectives).</summary>
    public int Sims { get; init; } = NascarDfs.Simulation.SimulationDefaults.Simulations;

    /// <summary>The target score; null for the default (90% of the median simulated optimal score).</summary>
    public double? Target { get; init; }

    /// <summary>The contest a <see cref="Objective.Roi"/> portfolio is built for (null for every other objective).</summary>
    public NascarDfs.Contests.Definitions.Contest? Contest { get; init; }

    /// <summary>The seed of the contest's field (<see cref="Objective.Roi"/>).</summary>
    public ulong FieldSeed { get; init; } = NascarDfs.Contests.Field.FieldDefaults.Seed;
}
