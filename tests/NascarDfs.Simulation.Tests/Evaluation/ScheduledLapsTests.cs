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
    public void Derive_FiveOvertimes_AreDroppedToo()
    {
        // Nashville 2024: 331 laps over a 300-lap distance run three times before.
        Assert.Equal((300, "scheduled distance (31 overtime laps dropped)"),
            Derive("Nashville", "2024-06-30", 331, ("2021-06-20", 300), ("2022-06-26", 300), ("2023-06-25", 300)));
    }

    [Fact]
    public void Derive_OvertimeLengthsSeenOnce_LoseToTheShortestDistance()
    {
        // Daytona in August: 164 once in 2020, 160 once in 2022; a 164-lap finish in 2024 was overtime over 160.
        Assert.Equal(160, Derive("Daytona", "2024-08-25", 164, ("2020-08-29", 164), ("2021-08-28", 165), ("2022-08-27", 160)).Laps);
        // The Daytona 500 of 2025 (201): 200 twice before beats 201 once.
        Assert.Equal(200, Derive("Daytona", "2025-02-16", 201, ("2021-02-14", 200), ("2022-02-20", 201), ("2024-02-19", 200)).Laps);
    }

    // The derivation for a race at track on date with run laps, after earlier races of the given lengths there.
    private static (int Laps, string Source) Derive(string track, string date, int run, params (string Date, int Laps)[] earlier)
    {
        var race = SyntheticLogs.Race(date, track, run, Field);
        return ScheduledLaps.Derive(SyntheticLogs.Of([.. earlier.Select(e => SyntheticLogs.Race(e.Date, track, e.Laps, Field)), race]), race);
    }

    [Fact]
    public void Derive_LaterRaces_AreNotRead()
    {
        var race = SyntheticLogs.Race("2023-03-01", "Kansas", 269, Field);
        var log = SyntheticLogs.Of(race, SyntheticLogs.Race("2024-03-01", "Kansas", 267, Field), SyntheticLogs.Race("2025-03-01", "Kansas", 267, Field));

        Assert.Equal(269, ScheduledLaps.Derive(log, race).Laps);
    }
}
