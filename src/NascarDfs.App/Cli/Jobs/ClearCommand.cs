using NascarDfs.App.Services;

namespace NascarDfs.App.Cli.Jobs;

/// <summary><c>jobs clear</c>: deletes every completed, failed and cancelled job.</summary>
internal sealed class ClearCommand : JobsCommand<DatabaseSettings>
{
    protected override async Task<int> ExecuteAsync(JobsEnvironment jobs, DatabaseSettings settings, CancellationToken cancellationToken)
    {
        var deleted = await jobs.Service.ClearFinishedAsync(cancellationToken);
        Console.Out.WriteLine($"Cleared {deleted} finished job{(deleted == 1 ? "" : "s")}.");
        return CliErrors.Ok;
    }
}
