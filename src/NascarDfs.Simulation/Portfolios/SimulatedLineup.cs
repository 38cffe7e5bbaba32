using NascarDfs.Domain.Lineups;

namespace NascarDfs.Simulation.Portfolios;

/// <summary>A lineup of a simulation portfolio with its simulated distribution.</summary>
/// <param name="Lineup">Drivers (IDs sorted by salary, then ID), salary, projected points (unscaled).</param>
/// <param name="Summary">Mean, standard deviation, p90, p99 and P(≥ target) of its simulated points.</param>
/// <param name="OptimalShare">Share of races (0–1) in which it was the optimal lineup.</param>
public sealed record SimulatedLineup(Lineup Lineup, LineupSummary Summary, double OptimalShare);
