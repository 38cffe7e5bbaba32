using NascarDfs.App.Services;
using NascarDfs.Contests.Evaluation;
using NascarDfs.Contests.Field;
using NascarDfs.Domain.Slates;
using NascarDfs.Simulation;

namespace NascarDfs.App.Contests;

/// <summary>Contest arguments ready to run: the slate assembled once, the race resolved, the evaluation request built.</summary>
internal sealed record ContestPlan(ContestArgs Args, Slate Slate, Race Race)
{
    /// <summary>Bad input (an unknown track, a bad file) is an <see cref="ArgumentException"/> or <see cref="InputFileException"/>.</summary>
    public static ContestPlan For(ContestArgs args)
    {
        AppMetrics.SlateAssembled();
        var slate = SlateAssembler.Assemble(args.Slate, args.Projections, args.MissingProjection);
        return new ContestPlan(args, slate, args.Race.Resolve());
    }

    /// <summary>The library's request; <paramref name="threads"/> is the job's thread budget (0 = all cores).</summary>
    public ContestEvaluationRequest Request(int threads = 0)
    {
        var simulation = new SimulationOptions
        {
            Simulations = Args.Sims,
            Seed = Args.Seed,
            Device = Args.Device,
            // Without projections the file's averages are no forecast of this race: the grid decides (as `simulate`).
            FitToProjections = Args.Projections is not null,
        };
        if (threads > 0) simulation = simulation with { MaxDegreeOfParallelism = threads };
        return new ContestEvaluationRequest(Slate, Args.Contest, Args.Lineups, Args.Scoring, Race)
        {
            Simulation = simulation,
            Field = new FieldOptions { Seed = Args.FieldSeed },
            InputWarnings = Args.Notes,
        };
    }
}
