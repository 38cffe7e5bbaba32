using NascarDfs.App.Services;
using NascarDfs.Jobs;

namespace NascarDfs.App.Cli.Jobs;

/// <summary><c>jobs delete ID</c>: removes a job that is not running.</summary>
internal sealed class DeleteCommand : JobsCommand<JobIdSettings>
{
    protected override async Task<int> ExecuteAsync(JobsEnvironment jobs, JobIdSettings settings, CancellationToken cancellationToken) =>
        await jobs.Service.DeleteAsync(settings.Id, cancellationToken) switch
        {
            DeleteOutcome.Deleted => Done($"Deleted #{settings.Id.TrimStart('#')}."),
            DeleteOutcome.Running => CliErrors.Fail($"#{settings.Id.TrimStart('#')} is running: cancel it first."),
            _ => NotFound(settings.Id),
        };

    private static int Done(string message)
    {
        Console.Out.WriteLine(message);
        return CliErrors.Ok;
    }
}
