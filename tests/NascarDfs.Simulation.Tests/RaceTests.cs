using NascarDfs.Simulation.Calibration;
using NascarDfs.Simulation.Tracks;

namespace NascarDfs.Simulation.Tests;

public class RaceTests
{
    [Fact]
    public void Resolve_TrackAndDate_TypesTheRace()
    {
        var race = Race.Resolve("Atlanta", null, 260, new DateOnly(2024, 2, 25));
        Assert.Equal(TrackType.Superspeedway, race.Type);
        Assert.Equal("Atlanta Motor Speedway", race.TrackName);
        Assert.Equal(TrackType.Intermediate, Race.Resolve("Atlanta", null, 325, new DateOnly(2021, 3, 21)).Type);
    }

    [Fact]
    public void Resolve_TypeWithoutLaps_UsesTheTypicalRace()
    {
        var race = Race.Resolve(null, "road-course", null, null);
        Assert.Equal(CalibrationParameters.Default.For(TrackType.RoadCourse).TypicalLaps, race.Laps);
    }

    [Fact]
    public void Resolve_NeedsExactlyOneOfTrackAndType()
    {
        Assert.Throws<ArgumentException>(() => Race.Resolve(null, null, 200, null));
        Assert.Throws<ArgumentException>(() => Race.Resolve("Phoenix", "short-track", 312, null));
        Assert.Throws<ArgumentException>(() => Race.Resolve(null, "oval", 312, null));
    }
}
