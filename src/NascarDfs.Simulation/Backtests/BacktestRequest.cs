using NascarDfs.Domain.Slates;
using NascarDfs.Optimization.Portfolio;
using NascarDfs.Simulation.RaceLogs;

namespace NascarDfs.Simulation.Backtests;

/// <summary>A backtest: build a portfolio per objective on a past slate, then score it with what really happened.</summary>
/// <param name="Slate">The slate as it was (projections merged; without a projections file, the file's averages).</param>
/// <param name="Log">Real results.</param>
/// <param name="RaceDate">The race date: picks the real race (Cup) and the scoring table in force.</param>
public sealed record BacktestRequest(Slate Slate, RaceLog Log, DateOnly RaceDate)
{
    /// <summary>Lineups per objective, at least 1.</summary>
    public int Lineups { get; init; } = 20;

    /// <summary>Constraints applied to every objective.</summary>
    public PortfolioConstraints Constraints { get; init; } = new();

    /// <summary>Simulation settings of the simulation objectives.</summary>
    public SimulationOptions Simulation { get; init; } = new();
}
