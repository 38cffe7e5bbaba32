using System.Text;
using System.Text.Json;
using NascarDfs.Jobs.Events;
using NascarDfs.Jobs.Handlers;
using NascarDfs.Jobs.Stores.Sqlite;
using NascarDfs.Jobs.Tests.Handlers;

namespace NascarDfs.Jobs.Tests;

public sealed class JobServiceTests : IDisposable
{
    private readonly TestDatabase _db = new();
    private readonly SqliteJobStore _store;
    private readonly JobService _service;

    public JobServiceTests()
    {
        _store = _db.Open();
        var registry = new JobHandlerRegistry().Add(new DelegateHandler("k", (_, _) => Task.FromResult<string?>(null)));
        _service = new JobService(_store, new JobEvents(), registry);
    }

    public void Dispose()
    {
        _store.Dispose();
        _db.Dispose();
    }

    [Fact]
    public async Task Submit_UnknownKindOrBadJson_IsRefusedAndNothingStored()
    {
        var kind = await Assert.ThrowsAsync<ArgumentException>(() => _service.SubmitAsync(new JobSubmission("nope", "n", "{}")));
        Assert.Contains("Unknown job kind 'nope'", kind.Message);
        await Assert.ThrowsAsync<ArgumentException>(() => _service.SubmitAsync(new JobSubmission("k", "n", "{not json")));
        Assert.Equal(0, (await _store.CountAsync()).Total);
    }

    [Fact]
    public async Task Rerun_CopiesConfigAndLinksTheOriginal()
    {
        var original = await _service.SubmitAsync(new JobSubmission("k", "GPP", """{"seed":7}""") { Priority = 2 });
        var rerun = (await _service.RerunAsync("#" + original.Id))!;
        Assert.NotEqual(original.Id, rerun.Id);
        Assert.Equal((original.Kind, original.Name + " (re-run)", original.Config, 2, original.Id), (rerun.Kind, rerun.Name, rerun.Config, rerun.Priority, rerun.RerunOf));
        Assert.Equal(original.Name + " (re-run 2)", (await _service.RerunAsync(rerun.Id))!.Name);
        Assert.Equal("x (re-run 3)", JobService.RerunName("x (re-run 2)"));
        Assert.Null(await _service.RerunAsync("missing1"));
    }

    [Fact]
    public async Task Delete_ReportsRunningAndMissing()
    {
        var job = await _service.SubmitAsync(new JobSubmission("k", "n", "{}"));
        await _store.ClaimAsync(new JobClaim("me", "h", 1, 1, ["k"], TimeSpan.FromSeconds(30)));
        Assert.Equal(DeleteOutcome.Running, await _service.DeleteAsync(job.Id));
        await _store.CompleteAsync(job.Id, "me", null);
        Assert.Equal(DeleteOutcome.Deleted, await _service.DeleteAsync(job.Id));
        Assert.Equal(DeleteOutcome.NotFound, await _service.DeleteAsync(job.Id));
    }

    [Fact]
    public async Task ExportCsv_EscapesFormulaNames()
    {
        await _service.SubmitAsync(new JobSubmission("k", "=1+2", "{}") { Priority = -1 });
        var writer = new StringWriter();
        await _service.ExportCsvAsync(writer);
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,name,kind,state,priority", lines[0]);
        var cells = lines[1].TrimEnd('\r').Split(',');
        Assert.Equal(("'=1+2", "queued", "-1"), (cells[1], cells[3], cells[4]));
    }

    [Fact]
    public async Task ExportJson_EmbedsConfigAsJson()
    {
        var job = await _service.SubmitAsync(new JobSubmission("k", "n", """{"seconds":3}"""));
        using var stream = new MemoryStream();
        await _service.ExportJsonAsync(stream);
        using var doc = JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray()));
        var first = doc.RootElement[0];
        Assert.Equal(job.Id, first.GetProperty("id").GetString());
        Assert.Equal(3, first.GetProperty("config").GetProperty("seconds").GetInt32());
        Assert.Equal("queued", first.GetProperty("state").GetString());
    }

    [Fact]
    public async Task GetStatus_CountsAndRecentJobs()
    {
        for (var i = 0; i < 7; i++) await _service.SubmitAsync(new JobSubmission("k", $"job {i}", "{}"));
        var status = await _service.GetStatusAsync();
        Assert.Equal(7, status.Counts.Queued);
        Assert.Equal(5, status.Recent.Count);
        Assert.Equal("job 6", status.Recent[0].Name);
        Assert.Equal(0, status.RunnersAlive);
    }
}
