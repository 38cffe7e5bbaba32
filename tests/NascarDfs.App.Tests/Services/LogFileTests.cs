using NascarDfs.App.Tests.Jobs;

namespace NascarDfs.App.Tests.Services;

/// <summary>The rolling log file in the data folder, at the default levels: what a user finds after running a worker.</summary>
[Collection(ProcessCollection.Name)]
public sealed class LogFileTests
{
    [Fact]
    public async Task Worker_LogsItsStartAndStop_ToTheDataFoldersLogFile_AtTheDefaultLevel()
    {
        using var cli = new JobsCli();
        using var worker = cli.StartWorker(1);
        await JobsCli.WaitAsync(() => Task.FromResult(LogText(cli.Folder).Contains("started", StringComparison.Ordinal)), 30, "the worker's start in the log");
        await worker.TerminateAsync();

        var log = LogText(cli.Folder);
        Assert.Contains("stopped", log, StringComparison.Ordinal);
        Assert.Contains("INF NascarDfs.App.Cli.WorkerCommand: Worker ", log, StringComparison.Ordinal);
        Assert.Contains("up to 1 job(s) at once", log, StringComparison.Ordinal);
        Assert.DoesNotContain("DBG ", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailedJob_ItsStackTraceIsInTheLogFile_TheJobKeepsTheSentence()
    {
        using var cli = new JobsCli();
        // Each group is possible alone (the pre-submit check passes); together they are not, which the run finds.
        var constraints = Path.Combine(cli.Folder, "groups.json");
        File.WriteAllText(constraints, """
            {"groups": [{"name": "Top A", "drivers": ["Kyle Larson", "William Byron", "Denny Hamlin"], "atLeast": 3},
                        {"name": "Top B", "drivers": ["Christopher Bell", "Ryan Blaney", "Chase Elliott"], "atLeast": 3}]}
            """);
        var submit = await cli.RunAsync(["jobs", "submit", "optimize", "--sample", "--lineups", "2", "--constraints", constraints]);
        Assert.True(submit.ExitCode == 0, submit.Error);
        var id = submit.Output.Trim();

        using var worker = cli.StartWorker(1);
        await JobsCli.WaitAsync(async () => (await cli.GetAsync(id)).State == NascarDfs.Jobs.JobState.Failed, 60, "the job to fail");
        await JobsCli.WaitAsync(() => Task.FromResult(LogText(cli.Folder).Contains($"Job {id} (optimize) failed", StringComparison.Ordinal)), 10, "the failure in the log");

        var log = LogText(cli.Folder);
        Assert.Contains("ERR NascarDfs.Jobs.Runner.JobRunner", log, StringComparison.Ordinal);
        Assert.Contains("   at NascarDfs.", log, StringComparison.Ordinal);
        var job = await cli.GetAsync(id);
        Assert.Contains("No lineup satisfies every constraint together", job.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", job.Error, StringComparison.Ordinal);
    }

    private static string LogText(string folder)
    {
        var logs = Path.Combine(folder, "logs");
        if (!Directory.Exists(logs)) return "";
        return string.Concat(Directory.GetFiles(logs, "nascar-dfs-*.log").Select(f =>
        {
            using var stream = new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            return new StreamReader(stream).ReadToEnd();
        }));
    }
}
