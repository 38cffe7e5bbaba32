using NascarDfs.Jobs;

namespace NascarDfs.App.Tests.Jobs;

/// <summary>SPEC §6 "Several processes": one file shared safely, and one machine-wide concurrency limit.</summary>
[Collection(ProcessCollection.Name)]
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task TwoProcesses_Submit1000JobsEachAtOnce_2000RowsNoErrors()
    {
        using var cli = new JobsCli();
        await cli.RunAsync(["jobs", "list"]); // creates the database, so both submitters open an existing file
        string[] args = ["jobs", "submit", "diagnostic.sleep", "--seconds", "0", "--count", "1000"];
        var runs = await Task.WhenAll(cli.RunAsync(args, 180), cli.RunAsync(args, 180));
        foreach (var run in runs)
        {
            Assert.True(run.ExitCode == 0, run.Error);
            Assert.DoesNotContain("Error", run.Error, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(1000, run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        }

        var ids = runs.SelectMany(r => r.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToHashSet();
        Assert.Equal(2000, ids.Count);
        Assert.Equal(2000, (await cli.Store.CountAsync()).Queued);
    }

    [Fact]
    public async Task TwoWorkers_Concurrency2_NeverRunMoreThanTwoJobsTogether()
    {
        using var cli = new JobsCli();
        var ids = await cli.SubmitSleepAsync(seconds: 1, count: 8);
        var a = cli.StartWorker(concurrency: 2);
        var b = cli.StartWorker(concurrency: 2);
        var peak = 0;
        await JobsCli.WaitAsync(
            async () =>
            {
                var counts = await cli.Store.CountAsync();
                peak = Math.Max(peak, counts.Running);
                return counts.Completed == 8;
            },
            90,
            "8 completed\n" + a.Output + b.Output);
        Assert.True(peak <= 2, $"peak {peak}");

        // The exact check: no instant where more than two [started, finished) intervals overlap.
        var jobs = await Task.WhenAll(ids.Select(cli.GetAsync));
        var edges = jobs.SelectMany(j => new[] { (Time: j.StartedAt!.Value, Delta: 1), (Time: j.FinishedAt!.Value, Delta: -1) })
            .OrderBy(e => e.Time).ThenBy(e => e.Delta);
        var running = 0;
        var overlap = 0;
        foreach (var edge in edges) overlap = Math.Max(overlap, running += edge.Delta);
        Assert.True(overlap <= 2, $"overlap {overlap}");
        Assert.All(jobs, j => Assert.Equal((JobState.Completed, 1), (j.State, j.Attempt)));
    }
}
