using System.ComponentModel;
using NascarDfs.App.Services;
using Spectre.Console.Cli;

namespace NascarDfs.App.Cli.Jobs;

/// <summary><c>jobs show ID [--format text|json]</c>: every field, the config and the result.</summary>
internal sealed class ShowCommand : JobsCommand<ShowCommand.Settings>
{
    public sealed class Settings : JobIdSettings
    {
        [CommandOption("--format <FORMAT>")]
        [Description("text (default) or json.")]
        [DefaultValue("text")]
        public string Format { get; init; } = "text";
    }

    protected override bool ReadsOnly => true;

    protected override async Task<int> ExecuteAsync(JobsEnvironment jobs, Settings settings, CancellationToken cancellationToken)
    {
        if (await jobs.Service.GetAsync(settings.Id, cancellationToken) is not { } job) return NotFound(settings.Id);
        Console.Out.Write(settings.Format == "json" ? JobsJson.Job(job) + "\n" : JobText.Details(job, DateTimeOffset.UtcNow));
        return CliErrors.Ok;
    }
}
