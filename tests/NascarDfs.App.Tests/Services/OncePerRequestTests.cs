using NascarDfs.App.Optimize;
using NascarDfs.App.Services;
using NascarDfs.App.Web.Components.Pages.Optimize;
using NascarDfs.App.Web.Slates;
using NascarDfs.Jobs;
using NascarDfs.Jobs.Handlers;

namespace NascarDfs.App.Tests.Services;

/// <summary>
/// Issue 8's measure of the data walk from the Optimize page to the Lineups page: the arguments are built once, validated
/// once and serialized once on submit; the worker reads them once and assembles the slate once; the Lineups page reads
/// the result (and, for driver names, the arguments and slate) once. Counted with the app's meter, so these tests run in
/// the non-parallel collection (no other test counts at the same time).
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class OncePerRequestTests
{
    [Fact]
    public async Task OptimizePage_ToLineupsPage_EachStepOnce()
    {
        using var temp = new TempFolder();
        using var jobs = await JobsEnvironment.OpenAsync(DataFolder.Resolve(temp.Path, null), durable: false);
        var service = new OptimizeService(jobs.Service);
        var slate = new CurrentSlate(SampleSlate.SalaryFile(), SampleSlate.Projections());
        var form = new OptimizeForm { Name = "GPP", Lineups = 3, MaxExposure = 70 };
        using var counters = new AppCounters();

        // The click: field checks, one build, one check (conflicts included), one serialization.
        Assert.Empty(form.Validate(slate));
        var job = await service.SubmitAsync(form.Plan!);
        Assert.Equal((1, 1, 0, 1), (counters.Validated, counters.Written, counters.Read, counters.SlatesAssembled));

        // The worker: the registry reads the stored arguments once; the run assembles the slate once.
        var stored = (await jobs.Service.GetAsync(job.Id))!;
        var handler = jobs.Handlers.Find(OptimizeArgs.Kind)!;
        var result = await handler.RunAsync(new JobContext(stored, 1, new Progress<JobProgress>()), CancellationToken.None);
        Assert.Equal((1, 1, 1, 2), (counters.Validated, counters.Written, counters.Read, counters.SlatesAssembled));

        // The Lineups page: one read of the result, of the arguments and of the slate (names); the CSV needs neither.
        var completed = stored with { State = JobState.Completed, Result = result };
        var view = OptimizeService.Read(completed, job.Id, withSlate: true).Value!;
        Assert.Equal(3, view.Lineups.Count);
        Assert.All(view.Lineups.SelectMany(l => l.DriverIds), id => Assert.NotEqual(id, view.NameOf(id)));
        Assert.Equal((1, 1, 2, 3), (counters.Validated, counters.Written, counters.Read, counters.SlatesAssembled));
        _ = OptimizeService.Read(completed, job.Id).Value!.Lineups;
        Assert.Equal((2, 3), (counters.Read, counters.SlatesAssembled));
    }

    [Fact]
    public async Task OptimizeForm_InvalidClick_NothingSerialized_CheckedOnce()
    {
        using var temp = new TempFolder();
        var slate = new CurrentSlate(SampleSlate.SalaryFile(), SampleSlate.Projections());
        var form = new OptimizeForm { Name = "GPP", MaxSalary = 10_000 };
        using var counters = new AppCounters();

        var errors = form.Validate(slate);

        Assert.True(errors.ContainsKey(""));
        Assert.Null(form.Plan);
        Assert.Equal((1, 0, 1), (counters.Validated, counters.Written, counters.SlatesAssembled));
        await Task.CompletedTask;
    }
}
