using NascarDfs.App.Services;
using NascarDfs.Jobs;
using Spectre.Console.Cli;

namespace NascarDfs.App.Cli.Jobs;

/// <summary>A command that opens the job database: a database it must not touch is an error sentence (exit 1), never a stack trace.</summary>
internal abstract class JobsCommand<TSettings> : AsyncCommand<TSettings>
    where TSettings : DatabaseSettings
{
    public sealed override async Task<int> ExecuteAsync(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        JobsEnvironment jobs;
        try
        {
            jobs = await JobsEnvironment.OpenAsync(settings.ResolveDataFolder(), settings.Durable, cancellationToken);
        }
        catch (JobStoreException e)
        {
            return CliErrors.Fail(e.Message);
        }

        using (jobs)
        {
            return await CliErrors.RunAsync(() => ExecuteAsync(jobs, settings, cancellationToken));
        }
    }

    protected abstract Task<int> ExecuteAsync(JobsEnvironment jobs, TSettings settings, CancellationToken cancellationToken);

    protected static int NotFound(string id) => CliErrors.Fail($"no job #{id.TrimStart('#')}.");
}
