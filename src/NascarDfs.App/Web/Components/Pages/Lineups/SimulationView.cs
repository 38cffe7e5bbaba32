using System.Text.Json;
using NascarDfs.App.Optimize;
using NascarDfs.App.Services;
using NascarDfs.App.Simulate;
using NascarDfs.Jobs;
using NascarDfs.Simulation;

namespace NascarDfs.App.Web.Components.Pages.Lineups;

/// <summary>A score distribution as the histogram component draws it: equal bins from <see cref="Min"/> to <see cref="Max"/>.</summary>
public sealed record HistogramData(double Min, double Max, IReadOnlyList<int> Counts)
{
    internal static HistogramData From(ScoreHistogram histogram) => new(histogram.Min, histogram.Max, histogram.Counts);
}

/// <summary>One lineup's simulated points: mean, spread, tail, P(score ≥ target) (0–1), share of races it was optimal in.</summary>
public sealed record LineupSimulation(double Mean, double StdDev, double P90, double P99, double? TargetProbability, double OptimalShare, HistogramData Histogram);

/// <summary>
/// What the Lineups page shows of a simulation, from an optimize job's simulation report or a <c>simulate</c> job's
/// result: the race, the target and coverage (portfolios only), per-lineup stats in the portfolio's order, and
/// per-driver summaries with histograms in slate order.
/// </summary>
public sealed record SimulationView(
    string? Objective,
    string TrackType,
    string? Track,
    int Laps,
    int Simulations,
    ulong Seed,
    double ScaleFactor,
    double? Target,
    double? MedianOptimalScore,
    double? Coverage,
    IReadOnlyList<LineupSimulation> Lineups,
    IReadOnlyList<DriverSummary> Drivers,
    IReadOnlyList<HistogramData> DriverHistograms)
{
    /// <summary>"Talladega Superspeedway (Superspeedway), 188 laps" or "Superspeedway, 188 laps".</summary>
    public string RaceText => (Track is null ? TrackType : $"{Track} ({TrackType})") + $", {Laps:N0} laps";

    internal static SimulationView From(SimulationReport report) => new(
        report.Objective, report.TrackType, report.Track, report.Laps, report.Simulations, report.Seed, report.ScaleFactor,
        report.Target, report.MedianOptimalScore, report.Coverage,
        [.. report.Lineups.Select(l => new LineupSimulation(l.Mean, l.StdDev, l.P90, l.P99, l.TargetProbability, l.OptimalShare, HistogramData.From(l.Histogram)))],
        report.Drivers, [.. report.DriverHistograms.Select(HistogramData.From)]);

    internal static SimulationView From(SimulateResultDocument result) => new(
        null, result.TrackType, result.Track, result.Laps, result.Simulations, result.Seed, result.ScaleFactor, null, null, null,
        [], result.Drivers, [.. result.Histograms.Select(HistogramData.From)]);

    /// <summary>A completed <c>simulate</c> job's distributions; null with the reason in <paramref name="problem"/> otherwise.</summary>
    public static SimulationView? Read(JobRecord job, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(job);
        problem = null;
        if (job.State != JobState.Completed || job.Result is null)
        {
            problem = $"#{job.Id} is {job.State.ToString().ToLowerInvariant()}; its distributions exist once it has completed.";
            return null;
        }

        try
        {
            return From(JsonSerializer.Deserialize<SimulateResultDocument>(job.Result, AppJson.Options)!);
        }
        catch (JsonException e)
        {
            problem = $"#{job.Id} has a result this version cannot read: {e.Message}";
            return null;
        }
    }
}
