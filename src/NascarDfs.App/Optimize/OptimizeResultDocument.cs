using NascarDfs.App.JobHandlers;
using NascarDfs.App.JobHandlers.Documents;

namespace NascarDfs.App.Optimize;

/// <summary>
/// The result of an optimization as <c>--json</c> writes it, an <c>optimize</c> job stores it and the API returns it
/// (SPEC issue 2): <c>{site, scoring, lineups:[{driverIds, salary, projection}], exposures:{id:{count, percent}}, warnings,
/// stoppedEarly}</c>, plus <c>simulation</c> (null for the projection objective): the simulated stats of the same lineups.
/// <c>contest</c> (the <c>roi</c> objective only): the same lineups' contest simulation. The Lineups page reads it as it is.
/// </summary>
public sealed record OptimizeResultDocument(
    string Site,
    string Scoring,
    IReadOnlyList<LineupDocument> Lineups,
    IReadOnlyDictionary<string, ExposureDocument> Exposures,
    IReadOnlyList<string> Warnings,
    string? StoppedEarly,
    SimulationReport? Simulation = null,
    NascarDfs.App.Contests.ContestReport? Contest = null) : IResultDocument
{
    public static int CurrentSchemaVersion => 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;
}
