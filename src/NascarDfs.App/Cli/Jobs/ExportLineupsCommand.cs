using System.ComponentModel;
using System.Text.Json;
using NascarDfs.App.Optimize;
using NascarDfs.App.Services;
using NascarDfs.Jobs;
using Spectre.Console.Cli;

namespace NascarDfs.App.Cli.Jobs;

/// <summary>
/// <c>jobs export-lineups ID --out FILE [--entries DKEntries.csv]</c>: a finished optimize job's lineups as the site's upload CSV,
/// optionally filling a DKEntries copy. The job's config embeds the slate, so this works after the files moved.
/// </summary>
internal sealed class ExportLineupsCommand : JobsCommand<ExportLineupsCommand.Settings>
{
    public sealed class Settings : JobIdSettings
    {
        [CommandOption("--out <FILE>")]
        [Description("Upload CSV to write.")]
        public string? Out { get; init; }

        [CommandOption("--entries <FILE>")]
        [Description("DraftKings DKEntries.csv to fill (a new file is written next to it).")]
        public string? Entries { get; init; }
    }

    protected override async Task<int> ExecuteAsync(JobsEnvironment jobs, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Out is null && settings.Entries is null) return CliErrors.Fail("give --out FILE and/or --entries DKEntries.csv.");
        if (await jobs.Service.GetAsync(settings.Id, cancellationToken) is not { } job) return NotFound(settings.Id);
        if (job.Kind != "optimize") return CliErrors.Fail($"#{job.Id} is a {job.Kind} job; only optimize jobs have lineups.");
        if (job.State != JobState.Completed || job.Result is null)
        {
            return CliErrors.Fail($"#{job.Id} is {JobText.State(job.State)}; lineups exist once it has completed.");
        }

        OptimizeJobConfig? config;
        OptimizeResultDocument? result;
        try
        {
            config = JsonSerializer.Deserialize<OptimizeJobConfig>(job.Config, AppJson.Options);
            result = JsonSerializer.Deserialize<OptimizeResultDocument>(job.Result, AppJson.Options);
        }
        catch (JsonException e)
        {
            return CliErrors.Fail($"#{job.Id} has a config or result this version cannot read: {e.Message}");
        }

        if (config is null || result is null) return CliErrors.Fail($"#{job.Id} has no config or result.");
        foreach (var line in PortfolioExport.Export(config, result, settings.Out, settings.Entries))
        {
            (line.StartsWith("Warning", StringComparison.Ordinal) ? Console.Error : Console.Out).WriteLine(line);
        }

        return CliErrors.Ok;
    }
}
