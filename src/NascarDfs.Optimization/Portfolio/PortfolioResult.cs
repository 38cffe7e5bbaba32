using NascarDfs.Domain.Lineups;

namespace NascarDfs.Optimization.Portfolio;

/// <summary>A built portfolio.</summary>
/// <param name="Lineups">Lineups in the order built (best first).</param>
/// <param name="Exposures">Drivers used at least once, by ID.</param>
/// <param name="Warnings">Things the user should know (unmatched projections, drivers without a start...).</param>
/// <param name="StoppedEarly">Why fewer lineups than requested were built, or null.</param>
public sealed record PortfolioResult(
    IReadOnlyList<Lineup> Lineups,
    IReadOnlyDictionary<string, DriverExposure> Exposures,
    IReadOnlyList<string> Warnings,
    string? StoppedEarly);
