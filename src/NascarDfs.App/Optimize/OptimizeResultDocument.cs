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

    /// <summary>Where the projections came from (null in results stored before sources were recorded).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public ProjectionSourceDocument? ProjectionSource { get; init; }

    /// <summary>Lineups asked for (null in results written before it was stored: then the exposures' percent base).</summary>
    public int? Requested { get; init; }

    /// <summary>
    /// Why the portfolio falls short of the request (fewer lineups than asked, minimum exposures missed), in one sentence;
    /// null when it does not. The job stores it as its warning: the job is then <em>completed with warnings</em> everywhere.
    /// </summary>
    public string? Shortfall { get; init; }

    /// <summary>The one wording of a shortfall: lineups first, then how many minimums were missed and the first of them.</summary>
    public static string? DescribeShortfall(int built, int requested, IReadOnlyList<string> missedMinimums)
    {
        var parts = new List<string>();
        if (built < requested) parts.Add($"Built {built} of the {requested} lineups asked for.");
        if (missedMinimums.Count == 1) parts.Add(missedMinimums[0]);
        else if (missedMinimums.Count > 1) parts.Add($"{missedMinimums.Count} drivers missed their min exposure, e.g. {missedMinimums[0]}");
        return parts.Count == 0 ? null : string.Join(" ", parts);
    }
}
