namespace NascarDfs.Simulation.Evaluation;

/// <summary>A per-race quantity, real against simulated (winner's points, top score, top-6 sum).</summary>
/// <param name="Name"><c>winner-points</c>, <c>top-score</c> or <c>top6-sum</c>.</param>
/// <param name="Races">Races.</param>
/// <param name="RealMean">Mean of the real values.</param>
/// <param name="RealSd">Their race-to-race standard deviation.</param>
/// <param name="SimMean">Mean over every simulated race of every real race.</param>
/// <param name="SimSd">Standard deviation over every simulated race (pooled, comparable to <paramref name="RealSd"/>).</param>
/// <param name="RealBelowP10">Share of races whose real value was below that race's simulated p10 (nominal 0.10).</param>
/// <param name="RealAboveP90">Share above the simulated p90 (nominal 0.10).</param>
public sealed record RaceQuantity(string Name, int Races, double RealMean, double RealSd, double SimMean, double SimSd, double RealBelowP10, double RealAboveP90);
