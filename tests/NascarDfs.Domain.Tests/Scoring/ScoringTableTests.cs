using NascarDfs.Domain.Scoring;

namespace NascarDfs.Domain.Tests.Scoring;

public class ScoringTableTests
{
    [Fact]
    public void Score_DraftKingsSpecCheckWinner_Is65Point15()
    {
        // SPEC §2: start 19, finish 1, 2 fastest laps, 5 laps led = 45 + 18 + 0.90 + 1.25.
        var points = ScoringTables.DraftKings.Score(new RaceResult(Start: 19, Finish: 1, LapsLed: 5, FastestLaps: 2, LapsCompleted: 200));

        Assert.Equal(65.15, points, precision: 10);
    }

    [Fact]
    public void Score_DraftKingsSpecCheckFrontRunnerWhoFadedTo27th_IsMinus8Point55()
    {
        // SPEC §2: start 2, finish 27, 1 fastest lap, 4 laps led = 15 − 25 + 0.45 + 1.00.
        var points = ScoringTables.DraftKings.Score(new RaceResult(Start: 2, Finish: 27, LapsLed: 4, FastestLaps: 1, LapsCompleted: 200));

        Assert.Equal(-8.55, points, precision: 10);
    }

    // DraftKings legacy (before Feb 2021): finish 1st 46, 2nd 42, then 44 − position; ±1 per place;
    // 0.25 per lap led; 0.5 per fastest lap. Values from race-logs.csv, 2019/02/17, Cup:
    [Theory]
    // Hamlin: start 10, finish 1, 30 led, 2 fastest: 46 + 9 + 7.5 + 1.0 = 63.5
    [InlineData("Denny Hamlin", 63.5)]
    // Kyle Busch: start 31, finish 2, 37 led, 4 fastest: 42 + 29 + 9.25 + 2.0 = 82.25
    [InlineData("Kyle Busch", 82.25)]
    // Erik Jones: start 28, finish 3, 0 led, 10 fastest: 41 + 25 + 0 + 5.0 = 71
    [InlineData("Erik Jones", 71)]
    // DiBenedetto: start 9, finish 28, 49 led, 8 fastest: 16 − 19 + 12.25 + 4.0 = 13.25
    [InlineData("Matt DiBenedetto", 13.25)]
    // Byron: start 1 (pole), finish 21, 44 led, 5 fastest: 23 − 20 + 11 + 2.5 = 16.5
    [InlineData("William Byron", 16.5)]
    public void Score_Daytona2019RowsWithLegacyTable_MatchHandComputedPoints(string driver, double expected)
    {
        var result = Daytona2019Results.ByDriver[driver];

        Assert.Equal(expected, ScoringTables.DraftKingsLegacy.Score(result), precision: 10);
    }

    [Theory]
    // Current DK: 387 (1st–10th) + 275 (32…23) + 165 (21…12) + 55 (10…1) = 882.
    [InlineData("draftkings", 882)]
    // Legacy DK: 46 + (42 + 41 + … + 4) = 46 + 897 = 943.
    [InlineData("draftkings-legacy", 943)]
    // FanDuel: 43 + 40 + 38 + (37 + … + 1) = 121 + 703 = 824.
    [InlineData("fanduel", 824)]
    public void PointsForFinish_Full40CarField_SumsToTheTableConstant(string table, double expected)
    {
        var scoring = ScoringTables.Parse(table);

        Assert.Equal(expected, Enumerable.Range(1, 40).Sum(scoring.PointsForFinish));
    }

    [Fact]
    public void PointsForFinish_BeyondTheTable_IsZero()
    {
        Assert.Equal(0, ScoringTables.DraftKings.PointsForFinish(41));
        Assert.Equal(1, ScoringTables.DraftKingsLegacy.PointsForFinish(43));
        Assert.Equal(0, ScoringTables.DraftKingsLegacy.PointsForFinish(44));
        Assert.Equal(0, ScoringTables.FanDuel.PointsForFinish(0));
    }

    [Fact]
    public void Score_Daytona2019WholeField_FinishPointsSumTo943AndPlaceDifferentialToZero()
    {
        // The race had 40 starters, so the legacy finishing points must add up to the 40-car constant.
        var field = Daytona2019Results.ByDriver.Values.ToList();

        Assert.Equal(40, field.Count);
        Assert.Equal(943, field.Sum(r => ScoringTables.DraftKingsLegacy.PointsForFinish(r.Finish)));
        Assert.Equal(0, field.Sum(r => r.Start - r.Finish));
    }

    [Fact]
    public void Score_FanDuelByHand_CountsLapsCompletedAndHalfPlaces()
    {
        // Start 12, finish 3, 20 led, 7 fastest, 200 laps: 38 + 0.5·9 + 0.1·20 + 0 + 0.1·200 = 38 + 4.5 + 2 + 20 = 64.5.
        var points = ScoringTables.FanDuel.Score(new RaceResult(Start: 12, Finish: 3, LapsLed: 20, FastestLaps: 7, LapsCompleted: 200));
        // Start 5, finish 30, out after 180 laps: 11 − 12.5 + 0 + 18 = 16.5.
        var faded = ScoringTables.FanDuel.Score(new RaceResult(Start: 5, Finish: 30, LapsLed: 0, FastestLaps: 0, LapsCompleted: 180));

        Assert.Equal(64.5, points, precision: 10);
        Assert.Equal(16.5, faded, precision: 10);
    }
}
