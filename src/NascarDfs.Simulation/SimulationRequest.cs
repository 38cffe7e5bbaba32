using NascarDfs.Domain.Scoring;
using NascarDfs.Domain.Slates;

namespace NascarDfs.Simulation;

/// <summary>What to simulate: the slate's drivers (with projections), the scoring table and the race.</summary>
/// <param name="Drivers">The slate's drivers; those marked <see cref="Driver.Out"/> do not start and score 0.</param>
/// <param name="Scoring">The scoring table that turns results into points.</param>
/// <param name="Race">The race (track type and laps).</param>
public sealed record SimulationRequest(IReadOnlyList<Driver> Drivers, ScoringTable Scoring, Race Race)
{
    /// <summary>How to run it.</summary>
    public SimulationOptions Options { get; init; } = new();
}
