using NascarDfs.App.Services;
using NascarDfs.Domain.Slates;
using NascarDfs.Simulation;

namespace NascarDfs.App.Optimize;

/// <summary>
/// Arguments ready to run: the slate assembled (once) and the race resolved. <see cref="OptimizeService.Check"/> makes one
/// after validating; a worker makes one from stored arguments, which were validated when they were submitted.
/// </summary>
internal sealed record OptimizePlan(OptimizeArgs Args, Slate Slate, Race? Race)
{
    /// <summary>Assembles the slate and resolves the race; bad input is an <see cref="ArgumentException"/> or <see cref="InputFileException"/>.</summary>
    public static OptimizePlan For(OptimizeArgs args)
    {
        var slate = AssembleSlate(args);
        return new OptimizePlan(args, slate, args.Objective.IsSimulated() ? ResolveRace(args) : null);
    }

    /// <summary>The embedded salary file with its projections merged in (counted: once per run).</summary>
    public static Slate AssembleSlate(OptimizeArgs args)
    {
        AppMetrics.SlateAssembled();
        return args.ResolvedProjections.Assemble(args.Slate, args.MissingProjection);
    }

    /// <summary>The race of a simulation objective, through the simulator's <see cref="Race.Resolve"/>.</summary>
    public static Race ResolveRace(OptimizeArgs args) =>
        args.Race is { } race
            ? race.Resolve()
            : throw new ArgumentException($"Objective '{args.Objective.Name()}' simulates the race: give --track NAME or --track-type TYPE (and --laps L).");
}
