using NascarDfs.App.JobHandlers;
using NascarDfs.App.JobHandlers.Documents;

namespace NascarDfs.App.Optimize;

/// <summary>
/// The result of an optimization as <c>--json</c> writes it, an <c>optimize</c> job stores it and the API returns it
/// (SPEC issue 2): <c>{site, scoring, lineups:[{driverIds, salary, projection}], exposures:{id:{count, percent}}, warnings,
/// stoppedEarly}</c>, plus <c>simulation</c> (null for the projection objective): the simulated stats of the same lineups.
/// The Lineups page reads it as it is.
/// </summary>
public sealed record OptimizeResultDocument(
    string Site,
    string Scoring,
    IReadOnlyList<LineupDocument> Lineups,
    IReadOnlyDictionary<string, ExposureDocument> Exposures,
    IReadOnlyList<string> Warnings,
    string? StoppedEarly,
    SimulationReport? Simulation = null) : IResultDocument
{
    public static int CurrentSchemaVersion => 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>Where the projections came from (null in results stored before sources were recorded).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public ProjectionSourceDocument? ProjectionSource { get; init; }
}
