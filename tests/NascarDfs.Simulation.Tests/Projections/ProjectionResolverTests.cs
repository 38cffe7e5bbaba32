using NascarDfs.Domain.Scoring;
using NascarDfs.Domain.Sites;
using NascarDfs.Domain.Slates;
using NascarDfs.Simulation.Projections;
using NascarDfs.Simulation.RaceLogs;
using NascarDfs.Testing;

namespace NascarDfs.Simulation.Tests.Projections;

/// <summary>The one resolution order: the user's file, else the history projector (earlier races only), else the file's average.</summary>
public sealed class ProjectionResolverTests
{
    private static readonly Lazy<RaceLog> Log = new(() => RaceLog.Read(TestData.RaceLogs));

    private static SalaryFile Phoenix() => SalaryFileReader.Read(TestData.File("draftkings", "2023-03-12-phoenix.DKSalaries.csv"));

    private static HistorySource PhoenixHistory() => HistorySource.For(Log.Value, "race-logs.csv", "Phoenix", null, new DateOnly(2023, 3, 12));

    [Fact]
    public void Resolve_FileBeatsHistory_HistoryBeatsTheFileAverage()
    {
        var salary = Phoenix();
        var file = new ProjectionFile("mine.csv", [new ProjectionRow(2, null, "Kyle Larson", 50)]);

        Assert.Equal(ProjectionSourceKind.File, ProjectionResolver.Resolve(salary, ScoringTables.DraftKings, file, PhoenixHistory()).Source.Kind);
        var history = ProjectionResolver.Resolve(salary, ScoringTables.DraftKings, null, PhoenixHistory());
        Assert.Equal(ProjectionSourceKind.History, history.Source.Kind);
        Assert.Contains("race-logs.csv", history.Source.Description);
        var average = ProjectionResolver.Resolve(salary, ScoringTables.DraftKings, null, null);
        Assert.Equal(ProjectionSourceKind.FileAverage, average.Source.Kind);
        Assert.Null(average.File);
        Assert.Contains("AvgPointsPerGame", average.Source.Description);
    }

    [Fact]
    public void Resolve_History_ProjectsEverySlateDriverAndTheSlateMatchesEveryRow()
    {
        var salary = Phoenix();
        var resolved = ProjectionResolver.Resolve(salary, ScoringTables.DraftKings, null, PhoenixHistory());
        var slate = resolved.Assemble(salary);

        Assert.Equal(salary.Drivers.Length, resolved.File!.Rows.Length);
        Assert.Empty(slate.Warnings); // every row matched, every driver projected
        Assert.All(slate.Drivers, d => Assert.True(d.Projection > 0 && d.StdDev > 0, d.ToString()));
        var larson = slate.Drivers.Single(d => d.Name == "Kyle Larson");
        var field = slate.Drivers.Average(d => d.Projection);
        Assert.True(larson.Projection > field, $"{larson.Projection} vs field {field}");
    }

    [Fact]
    public void Resolve_History_ReadsOnlyEarlierRaces()
    {
        // Phoenix on 2023-03-12 itself is in the logs: projecting as of that day must not see it.
        var salary = Phoenix();
        var onTheDay = ProjectionResolver.Resolve(salary, ScoringTables.DraftKings, null, PhoenixHistory());
        var truncated = Log.Value with { Races = [.. Log.Value.Races.Where(r => r.Date < new DateOnly(2023, 3, 12))] };
        var before = ProjectionResolver.Resolve(salary, ScoringTables.DraftKings, null,
            HistorySource.For(truncated, "race-logs.csv", "Phoenix", null, new DateOnly(2023, 3, 12)));

        Assert.Equal(before.File!.Rows.Select(r => r.Projection), onTheDay.File!.Rows.Select(r => r.Projection));
    }

    [Fact]
    public void Resolve_History_ReportsDriversItCannotMatchInASentence()
    {
        var salary = new SalaryFile(Site.DraftKings, "DKSalaries.csv", null,
            [new SlateDriver("1", "Kyle Larson", 11000, 40), new SlateDriver("2", "Nobody Atall", 5000, 10)]);
        var resolved = ProjectionResolver.Resolve(salary, ScoringTables.DraftKings, null, PhoenixHistory());

        var warning = Assert.Single(resolved.Warnings);
        Assert.Contains("1 of 2 slate driver(s) match no driver in race-logs.csv", warning);
        Assert.EndsWith("Nobody Atall.", warning);
        Assert.Contains("1 of 2 drivers with history", resolved.Source.Description);
    }

    [Fact]
    public void Resolve_HistoryWithAGrid_UsesTheStartsMatchedByName()
    {
        var salary = Phoenix();
        var grid = new ProjectionFile("grid.csv", [new ProjectionRow(2, null, "kyle larson", null, Start: 1), new ProjectionRow(3, null, "No Such Driver", null, Start: 2)]);
        var resolved = ProjectionResolver.Resolve(salary, ScoringTables.DraftKings, null, PhoenixHistory() with { Starts = grid });

        Assert.Equal(1, resolved.File!.Rows.Single(r => r.Name == "Kyle Larson").Start);
        Assert.Contains(resolved.Warnings, w => w.Contains("grid.csv, line 3") && w.Contains("No Such Driver"));
        Assert.Contains("1 starting positions", resolved.Source.Description);
    }
}
