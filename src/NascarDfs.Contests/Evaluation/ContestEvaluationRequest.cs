using NascarDfs.Contests.Definitions;
using NascarDfs.Contests.Field;
using NascarDfs.Domain.Lineups;
using NascarDfs.Domain.Scoring;
using NascarDfs.Domain.Slates;
using NascarDfs.Simulation;

namespace NascarDfs.Contests.Evaluation;

/// <summary>Everything to evaluate a finished portfolio in a contest: the slate (with projections and ownership), the
/// contest, the entries and the race to simulate.</summary>
/// <param name="Slate">The slate the lineups were built on.</param>
/// <param name="Contest">The contest.</param>
/// <param name="Lineups">The user's entries.</param>
/// <param name="Scoring">The scoring table of the simulated points.</param>
/// <param name="Race">The race.</param>
public sealed record ContestEvaluationRequest(Slate Slate, Contest Contest, IReadOnlyList<Lineup> Lineups, ScoringTable Scoring, Race Race)
{
    /// <summary>Races, seed and threads of the race simulation.</summary>
    public SimulationOptions Simulation { get; init; } = new();

    /// <summary>Seed and salary use of the field.</summary>
    public FieldOptions Field { get; init; } = new();

    /// <summary>Notes the caller found while reading the inputs (e.g. <see cref="ProjectionSalaryCheck"/>).</summary>
    public IReadOnlyList<string> InputWarnings { get; init; } = [];
}
