using NascarDfs.Optimization.Portfolio;

namespace NascarDfs.Simulation.Portfolios;

/// <summary>A simulation portfolio: its lineups in selection order and what they achieve over the simulated races.</summary>
/// <param name="Lineups">The lineups, best first.</param>
/// <param name="Exposures">Per driver used: count and percent of lineups requested.</param>
/// <param name="Target">The target score used.</param>
/// <param name="MedianOptimalScore">The median over races of the best lineup's score.</param>
/// <param name="Coverage">P(at least one lineup reaches the target), 0–1.</param>
/// <param name="Candidates">Distinct candidate lineups the selection chose from.</param>
/// <param name="Drivers">Per-driver distributions, with optimal share.</param>
/// <param name="Simulation">The simulation itself (fit, scale factor, every race).</param>
/// <param name="Warnings">What the run noticed, including why it stopped early.</param>
/// <param name="StoppedEarly">Why fewer lineups than requested were built, if so.</param>
public sealed record SimulationPortfolioResult(
    IReadOnlyList<SimulatedLineup> Lineups,
    IReadOnlyDictionary<string, DriverExposure> Exposures,
    double Target,
    double MedianOptimalScore,
    double Coverage,
    int Candidates,
    IReadOnlyList<DriverSummary> Drivers,
    SimulationResult Simulation,
    IReadOnlyList<string> Warnings,
    string? StoppedEarly);
