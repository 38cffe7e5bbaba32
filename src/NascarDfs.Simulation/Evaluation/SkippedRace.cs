namespace NascarDfs.Simulation.Evaluation;

/// <summary>A Cup race of the window the evaluation left out.</summary>
/// <param name="Date">Race date.</param>
/// <param name="Track">Track.</param>
/// <param name="Reason">Why (an exhibition, finishes not 1..N, a grid with gaps, an unknown track).</param>
public sealed record SkippedRace(DateOnly Date, string Track, string Reason);
