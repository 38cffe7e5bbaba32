using System.ComponentModel;
using System.Text;
using NascarDfs.App.Cli.Jobs;
using NascarDfs.App.Services;
using NascarDfs.Jobs;
using NascarDfs.Jobs.Stores.Sqlite;
using Spectre.Console.Cli;

namespace NascarDfs.App.Cli;

/// <summary>
/// <c>status [--format text|json|xbar]</c>: queued and running counts and the last 5 jobs. <c>xbar</c> is the
/// xbar/SwiftBar/Argos plugin format (menu-bar line, <c>---</c>, menu items), see tools/xbar/.
/// </summary>
internal sealed class StatusCommand : AsyncCommand<StatusCommand.Settings>
{
    public sealed class Settings : DatabaseSettings
    {
        [CommandOption("--format <FORMAT>")]
        [Description("text (default), json or xbar.")]
        [DefaultValue("text")]
        public string Format { get; init; } = "text";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Format is not ("text" or "json" or "xbar")) return CliErrors.Fail($"--format must be text, json or xbar, not '{settings.Format}'.");
        var folder = settings.ResolveDataFolder();
        JobStatusSummary status;
        try
        {
            using var jobs = await JobsEnvironment.OpenAsync(folder, settings.Durable, readsOnly: true, cancellationToken);
            status = await jobs.Service.GetStatusAsync(5, cancellationToken);
        }
        catch (Microsoft.Data.Sqlite.SqliteException e)
        {
            throw new JobStoreException(SqliteFailures.Describe(e, JobStoreSelection.SqlitePath(folder) ?? "the job database"), e);
        }
        catch (JobStoreException e) when (settings.Format == "xbar")
        {
            // The menu bar must still show something useful.
            Console.Out.Write($"🏁 !\n---\n{Escape(e.Message)} | color=red\n");
            return CliErrors.BadInput;
        }
        catch (JobStoreException e)
        {
            return CliErrors.Fail(e.Message, e.InnerException);
        }

        var url = ServerFile.Read(folder)?.Url;
        var diskFull = DiskFull(folder);
        Console.Out.Write(settings.Format switch
        {
            "json" => JobsJson.Status(status, url) + "\n",
            "xbar" => Xbar(status, url, diskFull),
            _ => Text(status, url, diskFull),
        });
        return CliErrors.Ok;
    }

    /// <summary>
    /// A warning when the disk holding the SQLite database is (nearly) full (issue 11 item 7): a runner then cannot record a
    /// finished result and keeps retrying it, so the user must learn why jobs seem stuck. Null when there is room.
    /// </summary>
    internal static string? DiskFull(DataFolder folder)
    {
        if (JobStoreSelection.SqlitePath(folder) is not { } path) return null;
        return SqliteFailures.FreeSpace(path) is { } free && free < SqliteFailures.NearlyFullBytes
            ? $"Disk full: the disk holding {path} has {free / 1024} KiB free; finished jobs cannot save their results until you free some space."
            : null;
    }

    internal static string Xbar(JobStatusSummary status, string? url, string? diskFull = null)
    {
        var text = new StringBuilder();
        text.Append(status.Counts.Active > 0 ? $"🏁 {status.Counts.Active}\n" : "🏁\n");
        text.Append("---\n");
        if (diskFull is not null) text.Append(Escape(diskFull)).Append(" | color=red\n");
        text.Append($"Running: {status.Counts.Running}\n");
        text.Append($"Queued: {status.Counts.Queued}\n");
        if (status.RunnersAlive == 0 && status.Counts.Queued > 0) text.Append("No runner is alive: start nascar-dfs serve or worker | color=orange\n");
        text.Append("---\n");
        foreach (var job in status.Recent)
        {
            var progress = job.State == JobState.Running ? $" {job.Progress}%" : "";
            var link = url is null ? "" : $" href={url.TrimEnd('/')}/jobs/{job.Id}";
            text.Append($"#{job.Id} {Escape(job.Name)} — {JobSummary.StateName(job.State)}{progress} |{link} color={Colour(job.State)}\n");
        }

        if (url is not null)
        {
            text.Append("---\n");
            text.Append($"Open NascarDfs | href={url}\n");
        }

        text.Append("Refresh | refresh=true\n");
        return text.ToString();
    }

    private static string Text(JobStatusSummary status, string? url, string? diskFull)
    {
        var c = status.Counts;
        var text = new StringBuilder();
        if (diskFull is not null) text.Append(diskFull).Append('\n');
        text.Append($"Queued: {c.Queued}  Running: {c.Running}  Completed: {c.Completed}  Failed: {c.Failed}  Cancelled: {c.Cancelled}\n");
        text.Append($"Runners alive: {status.RunnersAlive}{(status.RunnerHosts.Count > 0 ? $" (on {string.Join(", ", status.RunnerHosts)})" : "")}\n");
        if (url is not null) text.Append($"Serving at: {url}\n");
        if (status.Recent.Count == 0) return text.Append("No jobs yet.\n").ToString();
        text.Append("Recent jobs:\n").Append(JobText.Header).Append('\n');
        var now = DateTimeOffset.UtcNow;
        foreach (var job in status.Recent) text.Append(JobText.Row(job, now)).Append('\n');
        return text.ToString();
    }

    // SPEC §7 badge colours: queued grey, running blue, completed green, failed red, cancelled dark grey.
    private static string Colour(JobState state) => state switch
    {
        JobState.Running => "blue",
        JobState.Completed => "green",
        JobState.Failed => "red",
        JobState.Cancelled => "#555555",
        _ => "gray",
    };

    // A '|' would start the xbar parameter list; newlines would start a new item.
    private static string Escape(string text) => text.Replace('|', '/').Replace('\n', ' ').Replace('\r', ' ');
}
