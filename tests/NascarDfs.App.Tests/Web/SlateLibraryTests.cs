using System.Text.Json;
using NascarDfs.App.Optimize;
using NascarDfs.App.Services;
using NascarDfs.App.Web.Slates;
using NascarDfs.Testing;

namespace NascarDfs.App.Tests.Web;

/// <summary>Issue 13 "Several slates": the library keeps every imported slate with its edits, across restarts.</summary>
public sealed class SlateLibraryTests
{
    private static string Slate(string name) => TestData.File("draftkings", name);

    private static CurrentSlateStore Open(TempFolder folder) => new(new DataFolder(folder.Path, folder.File("nascar-dfs.db")));

    private static CurrentSlate Import(CurrentSlateStore store, string file)
    {
        using var reader = new StreamReader(Slate(file));
        return store.ImportSalary(reader, file);
    }

    [Fact]
    public void ANewSalaryFile_AddsASlate_TheEditedOneKeepsItsEdits_AcrossARestart()
    {
        using var folder = new TempFolder();
        var store = Open(folder);
        var vegas = Import(store, "2023-03-05-las-vegas.DKSalaries.csv");
        var driver = vegas.Assemble().Drivers[0];
        store.Update(CurrentSlateStore.Edit(driver) with { Projection = 77.5, Locked = true });

        var phoenix = Import(store, "2023-03-12-phoenix.DKSalaries.csv");
        Assert.Equal(phoenix.Entry.Id, store.Current!.Entry.Id);
        Assert.Equal(2, store.Slates.Count);
        Assert.Equal(new DateOnly(2023, 3, 12), phoenix.Entry.RaceDate);
        Assert.Equal("Phoenix Raceway", phoenix.Entry.Track);

        var reopened = Open(folder);
        Assert.Equal(phoenix.Entry.Id, reopened.Current!.Entry.Id);
        var back = reopened.Switch(vegas.Entry.Id).Assemble().Drivers.Single(d => d.Id == driver.Id);
        Assert.Equal(77.5, back.Projection);
        Assert.True(back.Locked);
        Assert.Equal(vegas.Entry.Id, Open(folder).Current!.Entry.Id);
    }

    [Fact]
    public void AJobLink_SurvivesARestart_AndNamesTheSlateItWasQueuedFrom()
    {
        using var folder = new TempFolder();
        var store = Open(folder);
        var vegas = Import(store, "2023-03-05-las-vegas.DKSalaries.csv");
        var cota = Import(store, "2023-03-26-cota.DKSalaries.csv");
        Assert.Equal(cota.Entry.Id, store.LinkJob("job-1", cota.Salary)!.Id);
        Assert.Equal(vegas.Entry.Id, store.LinkJob("job-2", vegas.Salary)!.Id);
        Assert.Null(store.LinkJob("job-3", SampleSlate.SalaryFile()));

        var reopened = Open(folder);
        Assert.Equal(cota.Entry.Id, reopened.SlateOfJob("job-1")!.Id);
        Assert.Equal(vegas.Entry.Id, reopened.SlateOfJob("job-2")!.Id);
        Assert.Null(reopened.SlateOfJob("job-3"));
        reopened.Delete(vegas.Entry.Id);
        Assert.True(Open(folder).SlateOfJobDeleted("job-2"));
    }

    [Fact]
    public void EditAndRerun_OfAnEditedSlate_AddsTheJobsSlate_InsteadOfOverwriting()
    {
        using var folder = new TempFolder();
        var store = Open(folder);
        var sample = store.LoadSample();
        var edited = store.Update(CurrentSlateStore.Edit(sample.Assemble().Drivers[0]) with { Projection = 1 });

        // The job ran with the sample as bundled: a slate of its own; the same content again switches to it.
        var job = store.Replace(SampleSlate.SalaryFile(), SampleSlate.Projections());
        Assert.NotEqual(edited.Entry.Id, job.Entry.Id);
        Assert.Equal(1, store.Get(edited.Entry.Id)!.Assemble().Drivers[0].Projection);
        Assert.Equal(job.Entry.Id, store.Replace(SampleSlate.SalaryFile(), SampleSlate.Projections()).Entry.Id);
        Assert.Equal(edited.Entry.Id, store.Replace(edited.Salary, edited.Projections).Entry.Id);
        Assert.Equal(2, store.Slates.Count);
    }

    [Fact]
    public void TheOneSlateFileOfEarlierVersions_BecomesTheLibrarysFirstSlate()
    {
        using var folder = new TempFolder();
        var legacy = new { schemaVersion = 1, salary = SampleSlate.SalaryFile(), projections = SampleSlate.Projections() };
        File.WriteAllText(folder.File("slate.json"), JsonSerializer.Serialize(legacy, AppJson.Options));

        var store = Open(folder);
        Assert.Equal("1", store.Current!.Entry.Id);
        Assert.Equal(SampleSlate.SalaryFile().Drivers.Length, store.Current.Assemble().Drivers.Length);
        Assert.Equal(SampleSlate.ProjectionsFileName, store.Current.Projections!.FileName);
        Assert.Single(Open(folder).Slates);
    }

    [Fact]
    public void HistoryProjections_KeepTheirSourceNamed_AndSayWhenEditedAfterwards()
    {
        using var folder = new TempFolder();
        var store = Open(folder);
        var phoenix = Import(store, "2023-03-12-phoenix.DKSalaries.csv");
        Assert.Equal(NascarDfs.Simulation.Projections.ProjectionSourceKind.FileAverage, phoenix.Source.Kind);

        var resolved = SlateHistory.Project(phoenix, TestData.RaceLogs, "Phoenix", new DateOnly(2023, 3, 12));
        var projected = store.SetProjections(resolved);
        Assert.Equal(NascarDfs.Simulation.Projections.ProjectionSourceKind.History, Open(folder).Current!.Source.Kind);
        Assert.StartsWith("the history projector on race-logs.csv", projected.Source.Description, StringComparison.Ordinal);

        var edited = store.Update(CurrentSlateStore.Edit(projected.Assemble().Drivers[0]) with { Projection = 50 });
        Assert.EndsWith(", then edited in the app", Open(folder).Current!.Source.Description, StringComparison.Ordinal);
        Assert.Equal(edited.Source.Description, store.Update(CurrentSlateStore.Edit(edited.Assemble().Drivers[1]) with { Projection = 40 }).Source.Description);

        var e = Assert.Throws<ArgumentException>(() => SlateHistory.Project(phoenix, TestData.RaceLogs, "Phoenix", null));
        Assert.StartsWith("Race date:", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<ArgumentException>(() => SlateHistory.Project(phoenix, TestData.RaceLogs, "Nowhere", new DateOnly(2023, 3, 12)));
        Assert.StartsWith("Track: 'Nowhere' is not a known track", e.Message, StringComparison.Ordinal);
    }
}
