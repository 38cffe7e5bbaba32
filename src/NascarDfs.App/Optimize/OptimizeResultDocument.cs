using NascarDfs.Domain.Lineups;
using NascarDfs.Optimization.Portfolio;

namespace NascarDfs.App.Optimize;

/// <summary>
/// The result of an optimization as <c>--json</c> writes it and an <c>optimize</c> job stores it (SPEC issue 2):
/// <c>{site, scoring, lineups:[{driverIds, salary, projection}], exposures:{id:{count, percent}}, warnings, stoppedEarly}</c>,
/// plus <c>simulation</c> (null for the projection objective): the simulated stats of the same lineups.
/// </summary>
internal sealed record OptimizeResultDocument(
    string Site,
    string Scoring,
    IReadOnlyList<Lineup> Lineups,
    IReadOnlyDictionary<string, DriverExposure> Exposures,
    IReadOnlyList<string> Warnings,
    string? StoppedEarly,
    SimulationReport? Simulation = null);
