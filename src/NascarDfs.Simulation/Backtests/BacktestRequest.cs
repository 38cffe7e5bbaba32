using NascarDfs.Domain.Slates;
using NascarDfs.Optimization.Portfolio;
using NascarDfs.Simulation.Projections;
using NascarDfs.Simulation.RaceLogs;

namespace NascarDfs.Simulation.Backtests;

/// <summary>One past slate of a backtest: the salary file as it was, the race's date and, optionally, the user's projections.</summary>
/// <param name="Salary">The salary file.</param>
/// <param name="RaceDate">The race date: picks the real Cup race (±1 day) and the scoring table in force.</param>
/// <param name="Projections">Projections as they were before the race; null: the history projector when
/// <see cref="BacktestRequest.History"/> is given, else the file's average (<see cref="ProjectionResolver"/>).</param>
public sealed record BacktestSlate(SalaryFile Salary, DateOnly RaceDate, ProjectionFile? Projections = null);

/// <summary>A backtest: on each past slate, a portfolio per objective and seed, scored with what really happened.</summary>
/// <param name="Slates">The slates, each a real race in <paramref name="Log"/>.</param>
/// <param name="Log">Real results (and, for the history projector, the earlier races).</param>
/// <param name="LogName">The logs' file name, for sentences.</param>
public sealed record BacktestRequest(IReadOnlyList<BacktestSlate> Slates, RaceLog Log, string LogName = "race-logs.csv")
{
    /// <summary>Lineups per objective, at least 1.</summary>
    public int Lineups { get; init; } = 20;

    /// <summary>Constraints applied to every objective.</summary>
    public PortfolioConstraints Constraints { get; init; } = new();

    /// <summary>Simulation settings of the simulation objectives; the seed is replaced by each of <see cref="Seeds"/>.</summary>
    public SimulationOptions Simulation { get; init; } = new();

    /// <summary>The seeds each simulation objective is run with (the spread over them is reported), at least one.</summary>
    public IReadOnlyList<ulong> Seeds { get; init; } = [1, 2, 3];

    /// <summary>Without a projections file: the logs the history projector reads (races before each race only); null: the file's average.</summary>
    public RaceLog? History { get; init; }

    /// <summary>The history logs' file name, for the projections' source.</summary>
    public string HistoryName { get; init; } = "race-logs.csv";

    /// <summary>Random legal lineups drawn per slate for the percentiles, at least 100.</summary>
    public int RandomLineups { get; init; } = 20_000;

    /// <summary>Throws naming the first invalid field.</summary>
    public void Validate()
    {
        if (Slates.Count == 0) throw new ArgumentException("The backtest needs at least one slate.");
        if (Lineups < 1) throw new ArgumentOutOfRangeException(nameof(Lineups), Lineups, "At least one lineup.");
        if (Seeds.Count == 0) throw new ArgumentException("The backtest needs at least one seed.");
        if (RandomLineups < 100) throw new ArgumentOutOfRangeException(nameof(RandomLineups), RandomLineups, "At least 100 random lineups.");
        Simulation.Validate();
    }
}
