using System.ComponentModel;
using System.Text.Json;
using NascarDfs.App.Optimize;
using NascarDfs.App.Services;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NascarDfs.App.Cli;

/// <summary><c>nascar-dfs optimize</c>: builds a portfolio in the terminal, without the queue.</summary>
internal sealed class OptimizeCommand : AsyncCommand<OptimizeCommand.Settings>
{
    public sealed class Settings : OptimizeSettings
    {
        [CommandOption("--out <FILE>")]
        [Description("Write the site's upload CSV (split into numbered files above the site's per-file limit).")]
        public string? Out { get; init; }

        [CommandOption("--entries <FILE>")]
        [Description("Fill a copy of your DKEntries.csv with the portfolio (written next to it).")]
        public string? Entries { get; init; }

        [CommandOption("--json <FILE>")]
        [Description("Write the result as JSON.")]
        public string? Json { get; init; }

        public override ValidationResult Validate() =>
            base.Validate() is { Successful: false } invalid ? invalid : RefuseQueueOptions("optimize");
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var interrupt = new InterruptScope(cancellationToken);
        cancellationToken = interrupt.Token;
        return await CliErrors.RunAsync(async () =>
        {
            var check = OptimizeService.Check(OptimizeArgsFactory.Optimize(settings));
            if (check.Plan is not { } plan) return CliErrors.Fail(check.Message);
            var result = await Task.Run(() => TerminalProgress.Run(plan.Args.Objective.IsSimulated() ? "Simulating and selecting" : "Building lineups",
                (RunProgress p) => (p.Percent, p.Message), progress => OptimizeRunner.Run(plan, progress, cancellationToken: cancellationToken)), cancellationToken);
            PortfolioPrinter.Print(plan, result);
            if (result.Contest is { } contest) ContestPrinter.Print(contest, result.Lineups, plan.Slate, []);
            if (settings.Json is { } jsonPath)
            {
                await File.WriteAllTextAsync(jsonPath, JsonSerializer.Serialize(result, AppJson.Indented), cancellationToken);
                AnsiConsole.MarkupLine($"Wrote [bold]{Markup.Escape(jsonPath)}[/]");
            }

            var lineups = result.Lineups.Select(l => l.ToDomain()).ToList();
            foreach (var line in PortfolioExport.Export(plan.Args.Site, lineups, () => plan.Slate, settings.Out, settings.Entries))
            {
                AnsiConsole.MarkupLine(Markup.Escape(line));
            }

            return 0;
        });
    }

}
