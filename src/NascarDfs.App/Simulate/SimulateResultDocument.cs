using System.Text.Json.Serialization;
using NascarDfs.App.JobHandlers;
using NascarDfs.App.JobHandlers.Documents;
using NascarDfs.App.Optimize;

namespace NascarDfs.App.Simulate;

/// <summary>
/// The result of a <c>simulate</c> job: the race, the projections' scale factor and fit, and each driver's simulated
/// distribution (SPEC §5 outputs) with a histogram, in slate order. The Simulations page reads it as it is.
/// </summary>
public sealed record SimulateResultDocument(
    string Site,
    string Scoring,
    string TrackType,
    string? Track,
    int Laps,
    int Simulations,
    ulong Seed,
    double ScaleFactor,
    double ExpectedFieldTotal,
    IReadOnlyList<DriverSummaryDocument> Drivers,
    IReadOnlyList<ScoreHistogram> Histograms,
    IReadOnlyList<DriverFitDocument> Fit,
    IReadOnlyList<string> Warnings) : IResultDocument, IRaceSimulation
{
    public static int CurrentSchemaVersion => 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>Where the projections came from (null in results stored before sources were recorded).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ProjectionSourceDocument? ProjectionSource { get; init; }

    /// <summary>"Talladega Superspeedway (Superspeedway), 188 laps".</summary>
    [JsonIgnore]
    public string RaceText => RaceTexts.Of(Track, TrackType, Laps);

    /// <inheritdoc />
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Device { get; init; }

    IReadOnlyList<ScoreHistogram> IRaceSimulation.DriverHistograms => Histograms;
}
