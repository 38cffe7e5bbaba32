using System.Text.Json.Serialization;
using NascarDfs.App.JobHandlers.Documents;
using NascarDfs.Simulation.Portfolios;

namespace NascarDfs.App.Optimize;

/// <summary>
/// What a simulation objective adds to an optimize result: the race simulated, the target and coverage, per-lineup
/// and per-driver distributions with histograms (for the Lineups page). Lineup stats follow the result's lineup order.
/// </summary>
public sealed record SimulationReport(
    string Objective,
    string TrackType,
    string? Track,
    int Laps,
    int Simulations,
    ulong Seed,
    double ScaleFactor,
    double Target,
    double MedianOptimalScore,
    double Coverage,
    int Candidates,
    IReadOnlyList<SimulatedLineupStats> Lineups,
    IReadOnlyList<DriverSummaryDocument> Drivers,
    IReadOnlyList<ScoreHistogram> DriverHistograms) : IRaceSimulation
{
    /// <summary>"Talladega Superspeedway (Superspeedway), 188 laps" or "Superspeedway, 188 laps".</summary>
    [JsonIgnore]
    public string RaceText => RaceTexts.Of(Track, TrackType, Laps);

    /// <inheritdoc />
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Device { get; init; }

    internal static SimulationReport From(SimulationPortfolioRequest request, SimulationPortfolioResult result)
    {
        var simulation = result.Simulation;
        var indexOf = simulation.Drivers.Select((d, i) => (d.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var lineups = result.Lineups.Select(l =>
        {
            var indices = l.Lineup.DriverIds.Select(id => indexOf[id]).ToArray();
            var scores = new double[simulation.Simulations];
            for (var s = 0; s < scores.Length; s++)
            {
                var points = simulation.Points(s);
                foreach (var i in indices) scores[s] += points[i];
            }

            var summary = l.Summary;
            return new SimulatedLineupStats(summary.Mean, summary.StdDev, summary.P90, summary.P99, summary.TargetProbability, l.OptimalShare, ScoreHistogram.Of(scores));
        }).ToList();
        return new SimulationReport(request.Objective.ToName(), request.Race.Type.ToString(), request.Race.TrackName, request.Race.Laps,
            simulation.Simulations, request.Simulation.Seed, simulation.ScaleFactor, result.Target, result.MedianOptimalScore,
            result.Coverage, result.Candidates, lineups, [.. result.Drivers.Select(DriverSummaryDocument.From)], ScoreHistogram.PerDriver(simulation))
        {
            Device = simulation.Device,
        };
    }
}
