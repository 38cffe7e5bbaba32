using NascarDfs.Simulation.RaceLogs;
using NascarDfs.Simulation.Tracks;
using NascarDfs.Testing;

namespace NascarDfs.Simulation.Tests.Tracks;

public class TrackTableTests
{
    [Fact]
    public void Find_EveryTrackOfTheRaceLogs_IsKnown()
    {
        var log = RaceLog.Read(TestData.RaceLogs);
        Assert.Empty(log.Quirks.UnknownTracks);
        Assert.All(log.Races, r => Assert.NotNull(r.Type));
    }

    [Theory]
    [InlineData("ISM Raceway", "Phoenix Raceway", TrackType.ShortTrack)]
    [InlineData("phoenix", "Phoenix Raceway", TrackType.ShortTrack)]
    [InlineData("Nashville Superspeedway", "Nashville Superspeedway", TrackType.Intermediate)]
    [InlineData("Autodromo Hermanos Rodriguez", "Autódromo Hermanos Rodríguez", TrackType.RoadCourse)]
    [InlineData("DAYTONA Road Course", "Daytona International Speedway Road Course", TrackType.RoadCourse)]
    [InlineData("Bristol Motor Speedway Dirt", "Bristol Motor Speedway Dirt", TrackType.Dirt)]
    [InlineData("talladega", "Talladega Superspeedway", TrackType.Superspeedway)]
    public void Find_AliasOrName_ResolvesTrackAndType(string name, string expected, TrackType type)
    {
        var track = TrackTable.Get(name);
        Assert.Equal(expected, track.Name);
        Assert.Equal(type, track.TypeOn(new DateOnly(2024, 6, 1)));
    }

    [Fact]
    public void TypeOn_Atlanta_IsDraftingFrom2022()
    {
        var atlanta = TrackTable.Get("Atlanta Motor Speedway");
        Assert.Equal(TrackType.Intermediate, atlanta.TypeOn(new DateOnly(2021, 3, 21)));
        Assert.Equal(TrackType.Superspeedway, atlanta.TypeOn(new DateOnly(2022, 3, 20)));
        Assert.Equal(TrackType.Superspeedway, atlanta.TypeOn(null));
    }

    [Fact]
    public void Get_UnknownTrack_ThrowsWithHint()
    {
        var ex = Assert.Throws<ArgumentException>(() => TrackTable.Get("Nowhere Speedway"));
        Assert.Contains("--track-type", ex.Message);
    }

    [Theory]
    [InlineData("superspeedway", TrackType.Superspeedway)]
    [InlineData("intermediate", TrackType.Intermediate)]
    [InlineData("short-track", TrackType.ShortTrack)]
    [InlineData("road-course", TrackType.RoadCourse)]
    [InlineData("DIRT", TrackType.Dirt)]
    public void TrackTypeNames_RoundTrip(string name, TrackType type)
    {
        Assert.Equal(type, TrackTypeNames.Parse(name));
        Assert.Equal(name.ToLowerInvariant(), type.ToName());
    }

    [Fact]
    public void TrackTypeNames_Unknown_ListsValidNames()
    {
        var ex = Assert.Throws<ArgumentException>(() => TrackTypeNames.Parse("oval"));
        Assert.Contains("short-track", ex.Message);
    }
}
