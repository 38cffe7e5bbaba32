using NascarDfs.App.JobHandlers.Documents;

namespace NascarDfs.App.Optimize;

/// <summary>
/// What the pages show of any simulated race: an optimize result's <see cref="SimulationReport"/> or a <c>simulate</c>
/// job's <see cref="Simulate.SimulateResultDocument"/> (per-driver summaries and histograms in slate order).
/// </summary>
public interface IRaceSimulation
{
    /// <summary>"Talladega Superspeedway (Superspeedway), 188 laps".</summary>
    string RaceText { get; }

    int Simulations { get; }

    ulong Seed { get; }

    double ScaleFactor { get; }

    IReadOnlyList<DriverSummaryDocument> Drivers { get; }

    IReadOnlyList<ScoreHistogram> DriverHistograms { get; }

    /// <summary>Where the races were simulated ("CPU" or the GPU's name); null in results written before the GPU path.</summary>
    string? Device { get; }
}
