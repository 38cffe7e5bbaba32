using NascarDfs.App.Services;
using NascarDfs.Jobs;
using NascarDfs.Jobs.Stores.Sqlite;
using Spectre.Console.Cli;

namespace NascarDfs.App.Cli;

/// <summary>
/// <c>db check</c>: the full <c>PRAGMA integrity_check</c> of the SQLite job database, read-only and without the time bound
/// of the check at open (issue 11 item 1). Exit 0 when sound, 1 with every problem listed when not.
/// </summary>
internal sealed class DbCheckCommand : AsyncCommand<DatabaseSettings>
{
    /// <summary>Problems listed before "… and N more".</summary>
    private const int Shown = 20;

    public override Task<int> ExecuteAsync(CommandContext context, DatabaseSettings settings, CancellationToken cancellationToken)
    {
        var folder = settings.ResolveDataFolder();
        try
        {
            if (JobStoreSelection.SqlitePath(folder) is not { } path)
            {
                return Task.FromResult(CliErrors.Fail("db check checks the SQLite job database; PostgreSQL checks its own pages (see its amcheck module)."));
            }

            var problems = SqliteJobStore.CheckIntegrity(path, cancellationToken);
            if (problems.Count == 0)
            {
                Console.Out.WriteLine($"{path}: the integrity check found no problem.");
                return Task.FromResult(CliErrors.Ok);
            }

            Console.Out.WriteLine($"{path}: the integrity check found {problems.Count} problem(s):");
            foreach (var problem in problems.Take(Shown)) Console.Out.WriteLine("  " + problem);
            if (problems.Count > Shown) Console.Out.WriteLine($"  … and {problems.Count - Shown} more.");
            return Task.FromResult(CliErrors.Fail(
                "the job database is damaged. Restore a backup, or move the file away and nascar-dfs starts a new database there."));
        }
        catch (JobStoreException e)
        {
            return Task.FromResult(CliErrors.Fail(e.Message, e.InnerException));
        }
    }
}
