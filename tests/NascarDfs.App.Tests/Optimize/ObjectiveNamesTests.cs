using System.Text.Json;
using NascarDfs.App.Optimize;
using NascarDfs.Simulation.Portfolios;

namespace NascarDfs.App.Tests.Optimize;

public sealed class ObjectiveNamesTests
{
    [Fact]
    public void EverySimulationObjective_HasAnObjective_OfTheSameName()
    {
        Assert.Equal(Enum.GetValues<SimulationObjective>(), ObjectiveNames.Simulated.Where(o => o != Objective.Roi).Select(o => o.ToSimulation()!.Value));
        Assert.Contains(Objective.Roi, ObjectiveNames.Simulated); // roi simulates the race too, then the contest
        Assert.Null(Objective.Roi.ToSimulation());
        Assert.All(Enum.GetValues<SimulationObjective>(), s => Assert.Equal(s.ToName(), ObjectiveNames.Parse(s.ToName()).Name()));
    }

    [Fact]
    public void Names_AreTheCommandLineNames_RoundTripThroughJson()
    {
        Assert.Equal("projection, sim-mean, target, optimal, coverage, roi", ObjectiveNames.List);
        foreach (var objective in ObjectiveNames.All)
        {
            var json = JsonSerializer.Serialize(objective, NascarDfs.App.Services.AppJson.Options);
            Assert.Equal($"\"{objective.Name()}\"", json);
            Assert.Equal(objective, JsonSerializer.Deserialize<Objective>(json, NascarDfs.App.Services.AppJson.Options));
        }
    }

    [Fact]
    public void Parse_Unknown_ListsTheNames() =>
        Assert.Contains("Use one of: projection, sim-mean", Assert.Throws<ArgumentException>(() => ObjectiveNames.Parse("roi-ish")).Message, StringComparison.Ordinal);
}
