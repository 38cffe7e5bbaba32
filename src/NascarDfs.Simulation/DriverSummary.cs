namespace NascarDfs.Simulation;

/// <summary>One driver's simulated distribution (SPEC §5). Probabilities are 0–1.</summary>
public sealed record DriverSummary(
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
    double? OptimalShare);
