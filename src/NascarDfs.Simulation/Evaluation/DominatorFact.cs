namespace NascarDfs.Simulation.Evaluation;

/// <summary>A yes/no fact of a race (the winner led the most laps...), real share against simulated probability.</summary>
/// <param name="Name">The fact's name.</param>
/// <param name="Races">Races.</param>
/// <param name="Real">Share of real races where it held.</param>
/// <param name="Simulated">Mean over races of the share of simulated races where it held.</param>
public sealed record DominatorFact(string Name, int Races, double Real, double Simulated);
