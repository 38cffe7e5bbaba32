using NascarDfs.Domain.Scoring;
using NascarDfs.Simulation.Tracks;

namespace NascarDfs.Simulation.Projections;

/// <summary>The race to project: only races strictly before <paramref name="Date"/> are read.</summary>
/// <param name="Type">The race's track type (its earlier races weigh more).</param>
/// <param name="TrackName">The race's track, when known (its earlier races weigh more still).</param>
/// <param name="Date">The race date.</param>
/// <param name="Scoring">The table the projections are in (every earlier race is rescored with it).</param>
public sealed record HistoryQuery(TrackType Type, string? TrackName, DateOnly Date, ScoringTable Scoring);
