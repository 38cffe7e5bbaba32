using NascarDfs.Contests.Definitions;
using NascarDfs.Contests.Field;
using NascarDfs.Domain.Lineups;
using NascarDfs.Simulation;

namespace NascarDfs.Contests.Evaluation;

/// <summary>The user's entries against a generated field over simulated races.</summary>
/// <param name="Contest">The contest (payouts, fee, size, entry limit).</param>
/// <param name="Field">The opponents, drawn for the same slate drivers as <paramref name="Simulation"/>.</param>
/// <param name="Simulation">The simulated races (per-race driver points).</param>
/// <param name="Lineups">The user's entries (driver IDs of the slate).</param>
public sealed record ContestRequest(Contest Contest, ContestField Field, SimulationResult Simulation, IReadOnlyList<Lineup> Lineups)
{
    /// <summary>Threads for the ranking pass, at least 1; results do not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;
}
