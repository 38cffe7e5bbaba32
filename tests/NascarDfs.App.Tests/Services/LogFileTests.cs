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
