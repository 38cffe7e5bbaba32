using NascarDfs.Simulation.RaceLogs;
using NascarDfs.Testing;

namespace NascarDfs.Simulation.Tests.RaceLogs;

public class RaceLogTests
{
    private static readonly Lazy<RaceLog> Log = new(() => RaceLog.Read(TestData.RaceLogs));

    [Fact]
    public void Read_RealFile_CountsRowsRacesAndSeries()
    {
        var q = Log.Value.Quirks;
        Assert.Equal(24_702, q.Rows);
        Assert.Equal(0, q.RowsSkipped);
        Assert.Equal(663, q.Races);
        Assert.Equal(3, q.RacesBySeries.Count);
        Assert.True(q.EmptyCells > 0, "the README says a few percentage columns are empty");
    }

    [Fact]
    public void Read_RealFile_FindsEveryCupExhibition()
    {
        var q = Log.Value.Quirks;
        // 2019–2025: a Clash every year (Daytona ×2, Daytona road course, LA Coliseum ×3, Bowman Gray), Duels every
        // year, All-Star races at Charlotte 2019, Bristol 2020, Texas 2021–22 (2022 as two heats), North Wilkesboro 2023–25.
        Assert.Equal(7, q.Clashes);
        Assert.Equal(7, q.Duels);
        Assert.Equal(8, q.AllStarRaces);
        Assert.Equal(17, q.NonPermutationRaces);
        Assert.InRange(q.LapsLedOverLapsRaces, 10, 20);
    }

    [Fact]
    public void Read_Daytona500Of2019_IsAPointsRaceOf40Cars()
    {
        var race = Log.Value.Find(new DateOnly(2019, 2, 17), trackName: "Daytona");
        Assert.NotNull(race);
        Assert.Equal(40, race.Entries.Length);
        Assert.Equal(ExhibitionKind.None, race.Exhibition);
        Assert.True(race.FinishesArePermutation);
        Assert.Equal(1, race.Entries[0].Finish);
    }

    [Fact]
    public void Read_CupPointsRaces_HaveFullFields()
    {
        var cup = Log.Value.Races.Where(r => r.IsCupPointsRace).ToList();
        Assert.InRange(cup.Count, 240, 260); // 36 points races a season × 7 seasons = 252
        Assert.All(cup, r => Assert.InRange(r.Entries.Length, 32, 46));
    }
}
