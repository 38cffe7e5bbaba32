namespace NascarDfs.Simulation;

/// <summary>Progress of a simulation run: a phase (<c>fit</c>, <c>simulate</c>) and how far it is.</summary>
/// <param name="Phase">What is running.</param>
/// <param name="Percent">0–100 over the whole run.</param>
/// <param name="Message">A short line for people.</param>
public sealed record SimulationProgress(string Phase, double Percent, string Message);
