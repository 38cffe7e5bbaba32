using NascarDfs.Domain.Scoring;
using NascarDfs.Simulation.Tracks;

namespace NascarDfs.Simulation.Tests.Model;

/// <summary>SPEC §5's invariants, checked on every race of many runs (seeds × track types × fields × scoring).</summary>
public class InvariantTests
{
    public static TheoryData<ulong, TrackType, int, string> Runs()
    {
        var data = new TheoryData<ulong, TrackType, int, string>();
        var types = Enum.GetValues<TrackType>();
        string[] scorings = ["draftkings", "draftkings-legacy", "fanduel"];
        for (ulong seed = 1; seed <= 30; seed++)
        {
            data.Add(seed, types[(int)(seed % (ulong)types.Length)], 20 + (int)(seed * 7 % 25), scorings[seed % 3]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void EveryRace_SatisfiesTheModelsRules(ulong seed, TrackType type, int drivers, string scoring)
    {
        var slate = TestSlates.Random(seed, drivers, starts: seed % 2 == 0, outDrivers: (int)(seed % 3));
        var laps = type == TrackType.RoadCourse ? 90 : 200 + (int)(seed * 37 % 300);
        var table = ScoringTables.Parse(scoring);
        var result = RaceSimulator.Run(new SimulationRequest(slate, table, new Race(type, laps))
        {
            Options = new SimulationOptions { Simulations = 300, Seed = seed, FitSimulations = 300, MaxFitIterations = 3 },
        });

        var starters = slate.Count(d => !d.Out);
        for (var sim = 0; sim < result.Simulations; sim++)
        {
            var race = result.RaceDetail(sim);
            var running = race.Cars.Where(c => c.Status != CarStatus.DidNotStart).ToList();
            Assert.Equal(starters, running.Count);
            Assert.Equal(Enumerable.Range(1, starters), running.Select(c => c.Finish).Order());
            Assert.Equal(laps, running.Sum(c => c.LapsLed));
            Assert.Equal(race.GreenLaps, running.Sum(c => c.FastestLaps));
            Assert.InRange(race.CautionLaps, 0, laps - 1);
            var winner = running.Single(c => c.Finish == 1);
            Assert.Equal(laps, winner.LapsCompleted);
            Assert.Equal(CarStatus.Running, winner.Status);
            foreach (var car in race.Cars)
            {
                if (car.Status == CarStatus.DidNotStart)
                {
                    Assert.Equal(0, car.Points);
                    continue;
                }

                Assert.InRange(car.LapsLed, 0, car.LapsCompleted);
                Assert.InRange(car.FastestLaps, 0, car.LapsCompleted);
                Assert.InRange(car.LapsCompleted, 0, laps);
                if (car.Status != CarStatus.Running) Assert.True(car.LapsCompleted < laps);
                var expected = table.Score(new RaceResult(car.Start, car.Finish, car.LapsLed, car.FastestLaps, car.LapsCompleted));
                Assert.Equal(expected, car.Points, 3);
            }

            // Classification: more laps completed never finishes behind fewer; at equal laps a running car is ahead.
            var order = running.OrderBy(c => c.Finish).ToList();
            for (var k = 1; k < order.Count; k++)
            {
                Assert.True(order[k - 1].LapsCompleted >= order[k].LapsCompleted);
                if (order[k - 1].LapsCompleted == order[k].LapsCompleted && order[k].Status == CarStatus.Running)
                {
                    Assert.Equal(CarStatus.Running, order[k - 1].Status);
                }
            }
        }
    }

    [Fact]
    public void Starts_AreAPermutationOfTheGrid_AndUnknownStartsGoBySalary()
    {
        var slate = TestSlates.Random(5, 40, starts: false);
        var result = RaceSimulator.Run(new SimulationRequest(slate, ScoringTables.DraftKings, new Race(TrackType.Intermediate, 267))
        {
            Options = new SimulationOptions { Simulations = 10, FitToProjections = false },
        });
        Assert.Equal(Enumerable.Range(1, 40), result.Starts.Order());
        Assert.Equal(1, result.Starts[slate.FindIndex(d => d.Salary == slate.Max(x => x.Salary))]);
        Assert.Contains(result.Warnings, w => w.Contains("salary"));
    }
}
