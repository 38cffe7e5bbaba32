using Microsoft.Data.Sqlite;
using NascarDfs.App.Services;
using NascarDfs.Jobs;
using NascarDfs.Jobs.Stores.Sqlite;
using Spectre.Console.Cli;

namespace NascarDfs.App.Cli.Jobs;

/// <summary>
/// A command that opens the job database: a database it must not touch, or one that fails under it (read-only, full,
/// damaged), is an error sentence (exit 1), never a stack trace.
/// </summary>
internal abstract class JobsCommand<TSettings> : AsyncCommand<TSettings>
    where TSettings : DatabaseSettings
{
    /// <summary>
    /// The command only reads the database (list, show, export): the file is not integrity-checked at open and may be
    /// read-only. Commands that write leave it false and refuse a damaged or read-only file before writing (issue 11).
    /// </summary>
    protected virtual bool ReadsOnly => false;

    public sealed override async Task<int> ExecuteAsync(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        JobsEnvironment jobs;
        try
        {
            jobs = await JobsEnvironment.OpenAsync(settings.ResolveDataFolder(), settings.Durable, ReadsOnly, cancellationToken);
        }
        catch (JobStoreException e)
        {
            return CliErrors.Fail(e.Message, e.InnerException);
        }

        using (jobs)
        {
            try
            {
                return await CliErrors.RunAsync(() => ExecuteAsync(jobs, settings, cancellationToken));
            }
            catch (SqliteException e)
            {
                return CliErrors.Fail(SqliteFailures.Describe(e, jobs.Store.Location), e);
            }
            catch (JobStoreException e)
            {
                return CliErrors.Fail(e.Message, e.InnerException);
            }
        }
    }

    protected abstract Task<int> ExecuteAsync(JobsEnvironment jobs, TSettings settings, CancellationToken cancellationToken);

    protected static int NotFound(string id) => CliErrors.Fail($"no job #{id.TrimStart('#')}.");
}
