using NascarDfs.App.Optimize;
using NascarDfs.Simulation;

namespace NascarDfs.App.Simulate;

/// <summary>
/// The result of a <c>simulate</c> job: the race, the projections' scale factor and fit, and each driver's simulated
/// distribution (SPEC §5 outputs) with a histogram, in slate order.
/// </summary>
internal sealed record SimulateResultDocument(
    string Site,
    string Scoring,
    string TrackType,
    string? Track,
    int Laps,
    int Simulations,
    ulong Seed,
    double ScaleFactor,
    double ExpectedFieldTotal,
    IReadOnlyList<DriverSummary> Drivers,
    IReadOnlyList<ScoreHistogram> Histograms,
    IReadOnlyList<DriverFit> Fit,
    IReadOnlyList<string> Warnings);
