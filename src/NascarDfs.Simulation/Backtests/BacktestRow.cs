namespace NascarDfs.Simulation.Backtests;

/// <summary>One objective's portfolio scored with the real race.</summary>
/// <param name="Objective">projection, sim-mean, target, optimal or coverage.</param>
/// <param name="Lineups">Lineups built.</param>
/// <param name="BestActual">The best lineup's real points.</param>
/// <param name="MeanActual">The lineups' mean real points.</param>
/// <param name="ReachedTarget">Lineups whose real points reached the simulation target (null for projection).</param>
public sealed record BacktestRow(string Objective, int Lineups, double BestActual, double MeanActual, int? ReachedTarget);
