using NascarDfs.Simulation;

namespace NascarDfs.App.JobHandlers.Documents;

/// <summary>How well a driver's simulated mean matched its projection target, in a stored simulation result.</summary>
public sealed record DriverFitDocument(string DriverId, string Name, double Projection, double Target, double SimulatedMean, double Strength, double Tolerance, bool WithinTolerance)
{
    internal static DriverFitDocument From(DriverFit f) =>
        new(f.DriverId, f.Name, f.Projection, f.Target, f.SimulatedMean, f.Strength, f.Tolerance, f.WithinTolerance);
}
