namespace NascarDfs.Simulation.Evaluation;

/// <summary>The scores of one probability forecast per driver and race (P(win), P(top 5) or P(top 10)).</summary>
/// <param name="Market"><c>win</c>, <c>top5</c> or <c>top10</c>.</param>
/// <param name="Cases">Driver-races.</param>
/// <param name="Brier">Mean (p − outcome)².</param>
/// <param name="LogLoss">Mean −ln of the probability given to what happened (p clipped to [max(1e-4, 1/2N), 1 − that]).</param>
/// <param name="ReferenceBrier">The Brier score of the know-nothing forecast k/N (N the race's starters).</param>
/// <param name="BrierSkill">1 − Brier / ReferenceBrier.</param>
/// <param name="Reliability">Cases binned by predicted probability (tenths).</param>
public sealed record ProbabilityScores(
    string Market, int Cases, double Brier, double LogLoss, double ReferenceBrier, double BrierSkill, IReadOnlyList<ReliabilityBin> Reliability);
