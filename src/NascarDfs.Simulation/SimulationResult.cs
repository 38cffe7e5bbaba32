using System.Collections.Immutable;
using NascarDfs.Domain.Scoring;
using NascarDfs.Domain.Slates;
using NascarDfs.Simulation.Model;

namespace NascarDfs.Simulation;

/// <summary>
/// The outcome of a simulation run: every race's points per slate driver (flat arrays, row = race), the scale
/// factor and per-driver fit, and summaries computed on demand.
/// </summary>
public sealed class SimulationResult
{
    internal SimulationResult(
        SimulationRequest request, RaceMatrix matrix, double scaleFactor, double fieldTotal,
        ImmutableArray<DriverFit> fit, ImmutableArray<string> warnings, string device = CpuDevice)
    {
        Device = device;
        Request = request;
        Matrix = matrix;
        ScaleFactor = scaleFactor;
        ExpectedFieldTotal = fieldTotal;
        Fit = fit;
        Warnings = warnings;
        var starts = new int[request.Drivers.Count];
        for (var i = 0; i < matrix.Field.Cars; i++) starts[matrix.Field.SlateIndex[i]] = matrix.Field.Starts[i];
        Starts = [.. starts];
    }

    /// <summary>The name <see cref="Device"/> has for the CPU path.</summary>
    public const string CpuDevice = "CPU";

    /// <summary>Where the races were simulated: <c>"CPU"</c>, or the GPU's name and API ("NVIDIA H200 (Cuda)").</summary>
    public string Device { get; }

    /// <summary>The request that was run.</summary>
    public SimulationRequest Request { get; }

    /// <summary>The slate's drivers: column <c>d</c> of every row is <c>Drivers[d]</c>.</summary>
    public IReadOnlyList<Driver> Drivers => Request.Drivers;

    /// <summary>Races simulated.</summary>
    public int Simulations => Matrix.Sims;

    /// <summary>Projections × this factor = the targets the strengths were fitted to (1 when not fitted).</summary>
    public double ScaleFactor { get; }

    /// <summary>The field's expected total points under the scoring table and race length.</summary>
    public double ExpectedFieldTotal { get; }

    /// <summary>Per starter: projection, target and simulated mean (empty when strengths came from the grid).</summary>
    public ImmutableArray<DriverFit> Fit { get; }

    /// <summary>What the run noticed (drivers given grid slots by salary, projections that could not be matched).</summary>
    public ImmutableArray<string> Warnings { get; }

    /// <summary>Starting position used per slate driver (0 for non-starters).</summary>
    public ImmutableArray<int> Starts { get; }

    internal RaceMatrix Matrix { get; }

    /// <summary>All points, row-major (race × driver): <c>PointsMatrix[sim * Drivers.Count + d]</c>.</summary>
    public ReadOnlyMemory<float> PointsMatrix => Matrix.Points;

    /// <summary>Each slate driver's points in race <paramref name="sim"/>.</summary>
    public ReadOnlySpan<float> Points(int sim) => Matrix.Points.AsSpan(sim * Matrix.Drivers, Matrix.Drivers);

    /// <summary>The full detail of race <paramref name="sim"/>.</summary>
    public SimulatedRace RaceDetail(int sim)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sim);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(sim, Simulations);
        var row = sim * Matrix.Drivers;
        var cars = Enumerable.Range(0, Matrix.Drivers).Select(d => new SimulatedCar(
            Drivers[d].Id, Drivers[d].Name, Starts[d], Matrix.Finish[row + d], Matrix.LapsLed[row + d], Matrix.FastestLaps[row + d],
            Matrix.LapsCompleted[row + d], (CarStatus)Matrix.Status[row + d], Matrix.Points[row + d]));
        return new SimulatedRace(sim, Request.Race.Laps, Matrix.CautionLaps[sim], [.. cars]);
    }

    /// <summary>Per-driver distributions. <paramref name="optimalCounts"/>: per driver, the races in which he is in
    /// the optimal lineup (from a portfolio run); null leaves <see cref="DriverSummary.OptimalShare"/> empty.</summary>
    public IReadOnlyList<DriverSummary> SummarizeDrivers(IReadOnlyList<int>? optimalCounts = null) =>
        Summaries.Drivers(this, optimalCounts);

    /// <summary>The distribution of a lineup's points (slate driver indices) and P(points ≥ <paramref name="target"/>).</summary>
    public LineupSummary SummarizeLineup(IReadOnlyList<int> driverIndices, double? target = null) =>
        Summaries.Lineup(this, driverIndices, target);

    /// <summary>The scoring table used.</summary>
    public ScoringTable Scoring => Request.Scoring;
}
