using System.ComponentModel;
using NascarDfs.App.Optimize;
using NascarDfs.App.Services;
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

    protected override bool ReadsOnly => true;

    protected override async Task<int> ExecuteAsync(JobsEnvironment jobs, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Out is null && settings.Entries is null) return CliErrors.Fail("give --out FILE and/or --entries DKEntries.csv.");
        var read = await new OptimizeService(jobs.Service).LoadAsync(settings.Id, cancellationToken: cancellationToken);
        if (read.Problem is JobResultProblem.NotFound) return NotFound(settings.Id);
        if (read.Value is not { } result) return CliErrors.Fail(read.Message!);
        foreach (var line in PortfolioExport.Export(result.Site, result.Lineups, () => result.Slate, settings.Out, settings.Entries))
        {
            (line.StartsWith("Warning", StringComparison.Ordinal) ? Console.Error : Console.Out).WriteLine(line);
        }

        return CliErrors.Ok;
    }
}
