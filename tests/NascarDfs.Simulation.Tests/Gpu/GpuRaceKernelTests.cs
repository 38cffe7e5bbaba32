using NascarDfs.Domain.Randomness;
using NascarDfs.Domain.Scoring;
using NascarDfs.Simulation.Gpu;
using NascarDfs.Simulation.Tracks;

namespace NascarDfs.Simulation.Tests.Gpu;

/// <summary>
/// The GPU kernel, run on ILGPU's CPU accelerator (CI has no GPU), against the CPU path: the same random streams,
/// the same model, so the same distributions — and on every race the model's invariants.
/// </summary>
public class GpuRaceKernelTests
{
    [Fact]
    public void GpuRandom_GivesTheSameNumbersAsSeededRandom()
    {
        foreach (var (seed, stream) in new[] { (0UL, 0UL), (1UL, 7UL), (20_190_217UL, 123_456UL), (ulong.MaxValue, 3UL) })
        {
            var cpu = new SeededRandom(seed, stream);
            var gpu = new GpuRandom(seed, stream);
            for (var k = 0; k < 1_000; k++)
            {
                Assert.Equal(cpu.NextUInt64(), gpu.NextUInt64());
                Assert.Equal(cpu.NextInt(43), gpu.NextInt(43));
                Assert.Equal(cpu.NextSingle(), gpu.NextSingle());
                Assert.Equal(cpu.NextNormal(), gpu.NextNormal(), 12);
            }
        }
    }

    public static TheoryData<TrackType, int, string, bool> Cases() => new()
    {
        { TrackType.Intermediate, 267, "draftkings", true },
        { TrackType.Superspeedway, 188, "fanduel", true },
        { TrackType.ShortTrack, 400, "draftkings", false },
        { TrackType.RoadCourse, 75, "draftkings-legacy", true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void GpuKernel_MatchesTheCpuPath_InDistributionAndInvariants(TrackType type, int laps, string scoring, bool fit)
    {
        const int sims = 2_000;
        var slate = TestSlates.Random(41, 38, starts: true, outDrivers: 2);
        var table = ScoringTables.Parse(scoring);
        SimulationResult Run(bool gpu) => RaceSimulator.Run(new SimulationRequest(slate, table, new Race(type, laps))
        {
            Options = new SimulationOptions
            {
                Simulations = sims,
                Seed = 5,
                FitSimulations = 500,
                MaxFitIterations = 4,
                FitToProjections = fit,
                Device = SimulationDevice.Cpu,
                EmulateGpu = gpu,
            },
        });

        var cpu = Run(gpu: false);
        var gpu = Run(gpu: true);
        Assert.Equal(SimulationResult.CpuDevice, cpu.Device);
        Assert.Equal(GpuDevices.EmulatedName, gpu.Device);

        // Invariants on every GPU race (SPEC §5).
        var starters = slate.Count(d => !d.Out);
        for (var sim = 0; sim < sims; sim++)
        {
            var race = gpu.RaceDetail(sim);
            var running = race.Cars.Where(c => c.Status != CarStatus.DidNotStart).ToList();
            Assert.Equal(Enumerable.Range(1, starters), running.Select(c => c.Finish).Order());
            Assert.Equal(laps, running.Sum(c => c.LapsLed));
            Assert.Equal(race.GreenLaps, running.Sum(c => c.FastestLaps));
            foreach (var car in running)
            {
                Assert.InRange(car.LapsLed, 0, car.LapsCompleted);
                var expected = table.Score(new RaceResult(car.Start, car.Finish, car.LapsLed, car.FastestLaps, car.LapsCompleted));
                Assert.Equal(expected, car.Points, 3);
            }
        }

        // The same streams and the same draws: the races themselves agree, up to float rounding on near-ties.
        var sameOrder = Enumerable.Range(0, sims).Count(sim =>
            cpu.RaceDetail(sim).Cars.Select(c => c.Finish).SequenceEqual(gpu.RaceDetail(sim).Cars.Select(c => c.Finish)));
        Assert.True(sameOrder >= sims * 0.9, $"{sameOrder} of {sims} races have the same finishing order on both paths.");

        // Per driver, the mean points agree within Monte Carlo error (4 standard errors of the difference).
        var a = cpu.SummarizeDrivers();
        var b = gpu.SummarizeDrivers();
        for (var d = 0; d < slate.Count; d++)
        {
            if (slate[d].Out) continue;
            var se = Math.Sqrt(2.0 / sims) * Math.Max(a[d].StdDev, 1);
            Assert.InRange(b[d].Mean - a[d].Mean, -4 * se, 4 * se);
        }
    }

    [Fact]
    public void AskingForAGpu_WhereThereIsNone_IsASentence_AndAutoFallsBackToTheCpu()
    {
        if (GpuDevices.Available)
        {
            Assert.True(GpuDevices.UseGpu(SimulationDevice.Gpu));
            return;
        }

        var e = Assert.Throws<ArgumentException>(() => GpuDevices.UseGpu(SimulationDevice.Gpu));
        Assert.Contains("--device gpu needs a CUDA or OpenCL GPU", e.Message);
        Assert.DoesNotContain("Parameter", e.Message);
        Assert.False(GpuDevices.UseGpu(SimulationDevice.Auto));
        var result = RaceSimulator.Run(new SimulationRequest(TestSlates.Random(3, 20), ScoringTables.DraftKings, new Race(TrackType.ShortTrack, 300))
        {
            Options = new SimulationOptions { Simulations = 200, FitSimulations = 200, MaxFitIterations = 2 },
        });
        Assert.Equal(SimulationResult.CpuDevice, result.Device);
    }
}
