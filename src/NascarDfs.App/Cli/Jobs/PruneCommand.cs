using System.ComponentModel;
using NascarDfs.App.Services;
using Spectre.Console.Cli;

namespace NascarDfs.App.Cli.Jobs;

/// <summary><c>jobs prune [--older-than DAYS]</c>: deletes finished jobs older than the retention period (default 30 days).</summary>
internal sealed class PruneCommand : JobsCommand<PruneCommand.Settings>
{
    public sealed class Settings : DatabaseSettings
    {
        [CommandOption("--older-than <DAYS>")]
        [Description("Delete jobs that finished more than DAYS days ago (default 30).")]
        [DefaultValue(30.0)]
        public double OlderThanDays { get; init; } = 30;
    }

    protected override async Task<int> ExecuteAsync(JobsEnvironment jobs, Settings settings, CancellationToken cancellationToken)
    {
        // 100 years is older than any job can be; beyond it the cut-off date would fall before year 1.
        if (settings.OlderThanDays is < 0 or > 36_500 || !double.IsFinite(settings.OlderThanDays))
        {
            return CliErrors.Fail($"--older-than must be 0–36,500 days (100 years), not {settings.OlderThanDays}.");
        }

        var deleted = await jobs.Store.PruneAsync(DateTimeOffset.UtcNow - TimeSpan.FromDays(settings.OlderThanDays), cancellationToken);
        Console.Out.WriteLine($"Pruned {deleted} job{(deleted == 1 ? "" : "s")} finished more than {settings.OlderThanDays:0.##} days ago.");
        return CliErrors.Ok;
    }
}
