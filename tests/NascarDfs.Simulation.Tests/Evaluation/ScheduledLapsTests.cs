using NascarDfs.Simulation.Evaluation;

namespace NascarDfs.Simulation.Tests.Evaluation;

/// <summary>Scheduled laps come from distances run before (overtime dropped), never from the laps run when a known
/// distance explains them.</summary>
public sealed class ScheduledLapsTests
{
    private static readonly string[] Field = ["A", "B", "C"];

    [Fact]
    public void Derive_Overtime_IsDropped()
    {
        var race = SyntheticLogs.Race("2024-03-01", "Kansas", 271, Field);
        var log = SyntheticLogs.Of(
            SyntheticLogs.Race("2022-03-01", "Kansas", 267, Field), SyntheticLogs.Race("2023-03-01", "Kansas", 267, Field),
            SyntheticLogs.Race("2023-09-01", "Kansas", 270, Field), race);

        Assert.Equal(267, ScheduledLaps.Derive(log, race).Laps);
    }

    [Fact]
    public void Derive_TwoDistancesAtATrack_PicksTheOneRun()
    {
        var spring = SyntheticLogs.Race("2024-04-01", "Darlington", 295, Field);
        var fall = SyntheticLogs.Race("2024-09-01", "Darlington", 370, Field);
        var log = SyntheticLogs.Of(
            SyntheticLogs.Race("2022-04-01", "Darlington", 293, Field), SyntheticLogs.Race("2022-09-01", "Darlington", 367, Field),
            SyntheticLogs.Race("2023-04-01", "Darlington", 293, Field), SyntheticLogs.Race("2023-09-01", "Darlington", 367, Field),
            spring, fall);

        Assert.Equal(293, ScheduledLaps.Derive(log, spring).Laps);
        Assert.Equal(367, ScheduledLaps.Derive(log, fall).Laps);
    }

    [Fact]
    public void Derive_ShortenedRace_GetsTheScheduledDistance()
    {
        var race = SyntheticLogs.Race("2024-03-01", "Kansas", 200, Field);
        var log = SyntheticLogs.Of(SyntheticLogs.Race("2022-03-01", "Kansas", 267, Field), SyntheticLogs.Race("2023-03-01", "Kansas", 267, Field), race);

        var (laps, source) = ScheduledLaps.Derive(log, race);
        Assert.Equal(267, laps);
        Assert.Contains("shortened", source);
    }

    [Fact]
    public void Derive_NoRepeatedDistance_UsesTheLapsRunAndSaysSo()
    {
        var race = SyntheticLogs.Race("2024-03-01", "Kansas", 269, Field);
        var log = SyntheticLogs.Of(SyntheticLogs.Race("2023-03-01", "Kansas", 272, Field), race);

        var (laps, source) = ScheduledLaps.Derive(log, race);
        Assert.Equal(269, laps);
        Assert.StartsWith("laps run", source);
    }

    [Fact]
    public void Derive_OneEarlierRaceOfTheSameLength_MakesItADistance()
    {
        var race = SyntheticLogs.Race("2024-02-19", "Daytona", 200, Field);
        var log = SyntheticLogs.Of(SyntheticLogs.Race("2021-02-14", "Daytona", 200, Field), SyntheticLogs.Race("2023-02-19", "Daytona", 212, Field), race);

        Assert.Equal((200, "scheduled distance"), ScheduledLaps.Derive(log, race));
    }

    [Fact]
    public void Derive_LaterRaces_AreNotRead()
    {
        var race = SyntheticLogs.Race("2023-03-01", "Kansas", 269, Field);
        var log = SyntheticLogs.Of(race, SyntheticLogs.Race("2024-03-01", "Kansas", 267, Field), SyntheticLogs.Race("2025-03-01", "Kansas", 267, Field));

        Assert.Equal(269, ScheduledLaps.Derive(log, race).Laps);
    }
}
