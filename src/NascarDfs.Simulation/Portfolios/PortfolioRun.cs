using NascarDfs.Optimization.Portfolio;
using NascarDfs.Optimization.Search;

namespace NascarDfs.Simulation.Portfolios;

/// <summary>A simulation portfolio up to its selection (what tests compare selections on).</summary>
internal sealed record PortfolioRun(
    LineupSolver Solver, SimulationResult Simulation, CandidatePool Pool, HitMatrix Hits, int[] SlateIndexOf, double Target, double MedianOptimalScore)
{
    /// <summary>Fresh portfolio limits of the request (each selection consumes its own).</summary>
    public PortfolioLimits Limits() => Solver.CreateLimits();
}
