using System.ComponentModel;
using NascarDfs.App.Services;
using NascarDfs.Jobs;
using Spectre.Console.Cli;

namespace NascarDfs.App.Cli.Jobs;

/// <summary><c>jobs list [--state S] [--search TEXT] [--format text|json]</c>: the history, newest first.</summary>
internal sealed class ListCommand : JobsCommand<ListCommand.Settings>
{
    public sealed class Settings : DatabaseSettings
    {
        [CommandOption("--state <STATE>")]
        [Description("queued, running, completed, failed or cancelled.")]
        public string? State { get; init; }

        [CommandOption("--search <TEXT>")]
        [Description("Only jobs whose name or id contains TEXT.")]
        public string? Search { get; init; }

        [CommandOption("--format <FORMAT>")]
        [Description("text (default) or json.")]
        [DefaultValue("text")]
        public string Format { get; init; } = "text";

        [CommandOption("--limit <N>")]
        [Description("At most N jobs (default 50).")]
        [DefaultValue(50)]
        public int Limit { get; init; } = 50;
    }

    protected override bool ReadsOnly => true;

    protected override async Task<int> ExecuteAsync(JobsEnvironment jobs, Settings settings, CancellationToken cancellationToken)
    {
        if (!JobText.TryParseState(settings.State, out var state))
        {
            return CliErrors.Fail($"--state must be queued, running, completed, failed or cancelled, not '{settings.State}'.");
        }

        var page = await jobs.Service.ListAsync(new JobQuery { State = state, Search = settings.Search, Limit = settings.Limit }, cancellationToken);
        switch (settings.Format)
        {
            case "json":
                Console.Out.WriteLine(JobsJson.Jobs(page.Items, includePayload: false));
                break;
            case "text":
                Console.Out.WriteLine(JobText.Header);
                var now = DateTimeOffset.UtcNow;
                foreach (var job in page.Items) Console.Out.WriteLine(JobText.Row(job, now));
                if (page.Items.Any(j => j.HasWarnings)) Console.Out.WriteLine(JobText.WarningsNote);
                if (page.Total > page.Items.Count) Console.Out.WriteLine($"({page.Items.Count} of {page.Total}; use --limit to see more)");
                break;
            default:
                return CliErrors.Fail($"--format must be text or json, not '{settings.Format}'.");
        }

        return CliErrors.Ok;
    }
}
