using NascarDfs.Domain.Scoring;
using NascarDfs.Simulation.Projections;
using NascarDfs.Simulation.Tests.Evaluation;
using NascarDfs.Simulation.Tracks;

namespace NascarDfs.Simulation.Tests.Projections;

/// <summary>The history projector reads earlier races only, ranks consistent winners first and shrinks thin histories.</summary>
public sealed class HistoryProjectorTests
{
    private static readonly string[] Order = ["Ace", "Mid", "Back"];
    private static readonly HistoryQuery Query = new(TrackType.Intermediate, "Kansas", new DateOnly(2024, 5, 1), ScoringTables.DraftKings);

    private static IReadOnlyList<HistoryProjection> Project(Simulation.RaceLogs.RaceLog log, params (string, int?)[] drivers) =>
        HistoryProjector.Project(log, Query, drivers);

    [Fact]
    public void Project_ConsistentFinishers_AreRankedByTheirHistory()
    {
        var log = SyntheticLogs.Of([.. Enumerable.Range(0, 6).Select(k => SyntheticLogs.Race($"2023-0{k + 3}-01", "Kansas", 267, Order))]);
        var p = Project(log, ("Ace", null), ("Mid", null), ("Back", null));

        Assert.True(p[0].Projection > p[1].Projection && p[1].Projection > p[2].Projection, string.Join(", ", p));
        Assert.All(p, x => Assert.Equal(6, x.Races));
    }

    [Fact]
    public void Project_RacesOnOrAfterTheDate_AreIgnored()
    {
        var before = Enumerable.Range(0, 4).Select(k => SyntheticLogs.Race($"2023-0{k + 3}-01", "Kansas", 267, Order)).ToList();
        var reversed = new[] { "Back", "Mid", "Ace" };
        var withFuture = SyntheticLogs.Of([.. before, SyntheticLogs.Race("2024-05-01", "Kansas", 267, reversed), SyntheticLogs.Race("2024-06-01", "Kansas", 267, reversed)]);

        Assert.Equal(Project(SyntheticLogs.Of([.. before]), ("Ace", null), ("Back", null)), Project(withFuture, ("Ace", null), ("Back", null)));
    }

    [Fact]
    public void Project_OneGreatRace_IsShrunkTowardTheNewcomers()
    {
        // Ace wins six races; Rookie wins once (his only start): his mean is pulled well below Ace's.
        var races = Enumerable.Range(0, 6).Select(k => SyntheticLogs.Race($"2023-0{k + 3}-01", "Kansas", 267, Order)).ToList();
        races.Add(SyntheticLogs.Race("2023-10-01", "Kansas", 267, ["Rookie", "Mid", "Back", "Ace"]));
        var p = Project(SyntheticLogs.Of([.. races]), ("Ace", null), ("Rookie", null), ("Unknown", null));

        Assert.True(p[1].Projection < p[0].Projection, string.Join(", ", p));
        Assert.Equal(0, p[2].Races);
        Assert.True(p[2].Projection > 0 && p[2].StdDev >= 1);
    }

    [Fact]
    public void Project_BackOfTheGrid_ExpectsMorePlaceDifferential()
    {
        var log = SyntheticLogs.Of([.. Enumerable.Range(0, 6).Select(k => SyntheticLogs.Race($"2023-0{k + 3}-01", "Kansas", 267, Order))]);
        // Without the front-of-grid bonus, which is a separate effect (tested below).
        var options = new HistoryProjectorOptions { FrontBonuses = new Dictionary<TrackType, double[]>() };
        var front = HistoryProjector.Project(log, Query, [("Mid", 1)], options)[0].Projection;
        var back = HistoryProjector.Project(log, Query, [("Mid", 30)], options)[0].Projection;

        // Starting 29 places further back: more places to gain (+1 each, ×(1 − grid weight)) but a worse expected finish.
        Assert.True(back > front, $"{back} vs {front}");
    }

    [Fact]
    public void Project_MatchesNamesLikeTheProjectionReader()
    {
        var log = SyntheticLogs.Of([.. Enumerable.Range(0, 3).Select(k => SyntheticLogs.Race($"2023-0{k + 3}-01", "Kansas", 267, ["Ricky Stenhouse Jr.", "Mid", "Back"]))]);

        Assert.Equal(3, Project(log, ("ricky stenhouse jr", null))[0].Races);
    }

    [Fact]
    public void FitGridWeights_GridThatDecidesTheFinish_GetsWeightNearOne()
    {
        // Every race a new finishing order, each driver starting where he finishes: history says nothing, the grid everything.
        var rng = new Random(7);
        var names = Enumerable.Range(0, 12).Select(i => $"D{i}").ToArray();
        var races = Enumerable.Range(0, 40).Select(k => SyntheticLogs.Race(Date(k), "Kansas", 267, [.. names.OrderBy(_ => rng.Next())])).ToArray();

        var w = HistoryProjector.FitGrid(SyntheticLogs.Of(races), new DateOnly(2030, 1, 1), minRaces: 3).GridWeights;

        Assert.InRange(w[TrackType.Intermediate], 0.8, 1.0);
    }

    [Fact]
    public void FitGridWeights_GridThatSaysNothing_GetsWeightNearZero_AndThinTypesKeepTheDefault()
    {
        // The same finishing order every race from random grids: history says everything, the grid nothing.
        var rng = new Random(7);
        var names = Enumerable.Range(0, 12).Select(i => $"D{i}").ToArray();
        var races = Enumerable.Range(0, 40).Select(k => SyntheticLogs.Race(Date(k), "Kansas", 267, names,
            [.. Enumerable.Range(1, names.Length).OrderBy(_ => rng.Next())])).ToList();
        races.Add(SyntheticLogs.Race("2024-06-01", "Sonoma", 90, names));

        var w = HistoryProjector.FitGrid(SyntheticLogs.Of([.. races]), new DateOnly(2030, 1, 1), minRaces: 3).GridWeights;

        Assert.InRange(w[TrackType.Intermediate], 0.0, 0.1);
        Assert.False(w.ContainsKey(TrackType.RoadCourse));
        Assert.Equal(0.3, new HistoryProjectorOptions { GridWeights = w }.GridWeightFor(TrackType.RoadCourse));
    }

    [Fact]
    public void FitGrid_PoleSitterWhoLeadsTheEarlyLaps_GetsTheBonusTheHistoryMisses()
    {
        // The same finishing order every race from random grids, and whoever starts first leads 100 more laps (25 DraftKings
        // points): a driver's history averages that over the slots he started in, so only a slot-1 bonus can hold it.
        var rng = new Random(11);
        var names = Enumerable.Range(0, 12).Select(i => $"D{i}").ToArray();
        var races = Enumerable.Range(0, 60).Select(k =>
        {
            var race = SyntheticLogs.Race(Date(k), "Kansas", 267, names, [.. Enumerable.Range(1, names.Length).OrderBy(_ => rng.Next())]);
            return race with { Entries = [.. race.Entries.Select(e => e.Start == 1 ? e with { LapsLed = e.LapsLed + 100 } : e)] };
        }).ToArray();
        var log = SyntheticLogs.Of(races);

        var fitted = HistoryProjector.FitGrid(log, new DateOnly(2030, 1, 1), minRaces: 3);
        var bonuses = fitted.FrontBonusesFor(TrackType.Intermediate);

        Assert.Equal(HistoryProjectorOptions.FrontSlots, bonuses.Length);
        // ~25 points less the history's own share of them (1/12 of the races started first) and the shrinkage.
        Assert.InRange(bonuses[0], 12, 25);
        Assert.InRange(bonuses[1], -5, 0.5);
        Assert.Empty(fitted.FrontBonusesFor(TrackType.RoadCourse));
        // The projection of the pole sitter carries it; the same driver from slot 2 does not.
        var query = Query with { Date = DateOnly.Parse(Date(60), System.Globalization.CultureInfo.InvariantCulture) };
        var fromPole = HistoryProjector.Project(log, query, [("D5", 1)], fitted)[0].Projection;
        var fromSecond = HistoryProjector.Project(log, query, [("D5", 2)], fitted)[0].Projection;
        Assert.InRange(fromPole - fromSecond, 12, 30);
    }

    [Fact]
    public void FitGrid_RoadCourseSpecialists_WeightRoadCoursesUp_AndOneSkillEverywhere_DoesNot()
    {
        // Road courses and intermediates alternate. Specialists: each type has its own fixed finishing order, so only
        // races of the same type predict. General: one skill decides both (plus noise), so every race predicts and
        // weighting one type up throws information away.
        var names = Enumerable.Range(0, 12).Select(i => $"D{i}").ToArray();
        var roadOrder = names.Reverse().ToArray();
        var rng = new Random(3);
        var specialists = SyntheticLogs.Of([.. Enumerable.Range(0, 80).Select(k => k % 2 == 0
            ? SyntheticLogs.Race(Date(k), "Kansas", 267, names)
            : SyntheticLogs.Race(Date(k), "Sonoma", 110, roadOrder))]);
        // (Same race length at both: laps led are points, and a type's length alone would make its own races the better guide.)
        var general = SyntheticLogs.Of([.. Enumerable.Range(0, 80).Select(k => SyntheticLogs.Race(Date(k), k % 2 == 0 ? "Kansas" : "Sonoma", 200,
            [.. names.Select((n, i) => (n, Key: i + 8 * rng.NextDouble())).OrderBy(x => x.Key).Select(x => x.n)]))]);

        var fittedSpecialists = HistoryProjector.FitGrid(specialists, new DateOnly(2030, 1, 1), minRaces: 3);
        var fittedGeneral = HistoryProjector.FitGrid(general, new DateOnly(2030, 1, 1), minRaces: 3);

        Assert.Equal(HistoryProjector.SameTypeCandidates.Max(), fittedSpecialists.HistoryWeightsFor(TrackType.RoadCourse).SameType);
        Assert.Equal(HistoryProjector.SameTypeCandidates.Max(), fittedSpecialists.HistoryWeightsFor(TrackType.Intermediate).SameType);
        Assert.InRange(fittedGeneral.HistoryWeightsFor(TrackType.RoadCourse).SameType, 1, 3);
        Assert.InRange(fittedGeneral.HistoryWeightsFor(TrackType.Intermediate).SameType, 1, 3);
        // A type the fit did not see keeps the options' scalar weights.
        Assert.Equal(new HistoryWeights(3, 1.5), fittedGeneral.HistoryWeightsFor(TrackType.ShortTrack));
        // The projection follows the fitted weights: the road specialist who wins every road race is projected first there.
        var query = Query with { Type = TrackType.RoadCourse, TrackName = "Sonoma", Date = DateOnly.Parse(Date(80), System.Globalization.CultureInfo.InvariantCulture) };
        var p = HistoryProjector.Project(specialists, query, [(roadOrder[0], null), (names[0], null)], fittedSpecialists);
        Assert.True(p[0].Projection > p[1].Projection + 20, string.Join(", ", p));
    }

    // Races a fortnight apart from 2023-01-01: the first ~26 are the fit's warm-up year.
    private static string Date(int k) => new DateOnly(2023, 1, 1).AddDays(14 * k).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
