namespace NascarDfs.Simulation.Backtests;

/// <summary>What a backtest found.</summary>
/// <param name="Race">The simulated race (the real track, typed by date, and the laps really run).</param>
/// <param name="Scoring">The scoring table in force on the race date.</param>
/// <param name="Target">The simulation objectives' target score.</param>
/// <param name="HindsightBest">The best lineup's real points with perfect knowledge (same constraints).</param>
/// <param name="Rows">One row per objective.</param>
/// <param name="Warnings">Slate drivers not found in the race (scored 0), and the simulation's warnings.</param>
public sealed record BacktestResult(Race Race, string Scoring, double Target, double HindsightBest, IReadOnlyList<BacktestRow> Rows, IReadOnlyList<string> Warnings);
