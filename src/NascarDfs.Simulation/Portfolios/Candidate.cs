namespace NascarDfs.Simulation.Portfolios;

/// <summary>A candidate lineup: canonical driver mask, mean simulated points, races in which it was optimal.</summary>
internal readonly record struct Candidate(UInt128 Mask, double Mean, int OptimalCount);
