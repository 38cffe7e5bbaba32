using NascarDfs.Contests.Definitions;
using NascarDfs.Contests.Field;

namespace NascarDfs.Contests.Evaluation;

/// <summary>A portfolio's contest simulation: per entry, the portfolio, per driver, and what the run noticed.</summary>
/// <param name="Contest">The contest.</param>
/// <param name="Simulations">Races simulated.</param>
/// <param name="FieldEntries">Opponent entries.</param>
/// <param name="Lineups">Per user entry, in the order given.</param>
/// <param name="Portfolio">All entries together.</param>
/// <param name="Drivers">Per slate driver: projected and field ownership, exposure.</param>
/// <param name="Field">The generated field.</param>
/// <param name="Warnings">Field and simulation notes (estimated ownership, scaled ownership, unfilled contest).</param>
public sealed record ContestResult(
    Contest Contest, int Simulations, int FieldEntries, IReadOnlyList<ContestLineupResult> Lineups, ContestPortfolioResult Portfolio,
    IReadOnlyList<DriverLeverage> Drivers, ContestField Field, IReadOnlyList<string> Warnings);
