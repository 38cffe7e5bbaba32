using BenchmarkDotNet.Attributes;
using NascarDfs.Domain.Randomness;
using NascarDfs.Domain.Scoring;
using NascarDfs.Domain.Slates;
using NascarDfs.Simulation;
using NascarDfs.Simulation.Tracks;

namespace NascarDfs.Benchmarks.Simulation;

/// <summary>
/// Issue 5's targets: 10,000 simulated 40-car races ≤ 50 ms and 100,000 ≤ 0.5 s on the 2-core box, with result
/// arrays under 100 MB. <c>Races*</c> use fixed (grid) strengths: the race model and the result arrays alone.
/// <c>FitAndRace10k</c> adds fitting strengths to projections (what a user's <c>simulate</c> pays).
/// </summary>
[MemoryDiagnoser]
public class RaceSimulationBenchmarks
{
    private List<Driver> _drivers = null!;

    [GlobalSetup]
    public void Setup()
    {
        var rng = new SeededRandom(40, 0);
        _drivers = Enumerable.Range(0, 40).Select(i => new Driver(
            $"D{i:00}", $"Driver {i}", 11_000 - i * 150, Math.Max(3, 52 - i * 1.1 + 6 * rng.NextNormal()), Start: i + 1)).ToList();
    }

    [Benchmark]
    public int Races10k() => Run(10_000, fit: false);

    [Benchmark]
    public int Races100k() => Run(100_000, fit: false);

    [Benchmark]
    public int FitAndRace10k() => Run(10_000, fit: true);

    /// <summary>One core's cost, for reading the two-core numbers on a loaded machine.</summary>
    [Benchmark]
    public int Races10kOneThread() => Run(10_000, fit: false, threads: 1);

    private int Run(int sims, bool fit, int threads = 0) =>
        RaceSimulator.Run(new SimulationRequest(_drivers, ScoringTables.DraftKings, new Race(TrackType.Intermediate, 267))
        {
            Options = new SimulationOptions { Simulations = sims, FitToProjections = fit, MaxDegreeOfParallelism = threads > 0 ? threads : Environment.ProcessorCount },
        }).Simulations;
}
