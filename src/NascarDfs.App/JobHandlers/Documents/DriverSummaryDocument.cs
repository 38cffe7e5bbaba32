using NascarDfs.Simulation;

namespace NascarDfs.App.JobHandlers.Documents;

/// <summary>A driver's simulated distribution in a stored result (probabilities 0–1).</summary>
public sealed record DriverSummaryDocument(
    string DriverId,
    string Name,
    int Salary,
    int? Start,
    double Mean,
    double StdDev,
    double P10,
    double P50,
    double P90,
    double P99,
    double WinProbability,
    double Top5Probability,
    double Top10Probability,
    double MeanLapsLed,
    double MeanFastestLaps,
    double? OptimalShare)
{
    internal static DriverSummaryDocument From(DriverSummary d) =>
        new(d.DriverId, d.Name, d.Salary, d.Start, d.Mean, d.StdDev, d.P10, d.P50, d.P90, d.P99, d.WinProbability, d.Top5Probability,
            d.Top10Probability, d.MeanLapsLed, d.MeanFastestLaps, d.OptimalShare);
}
