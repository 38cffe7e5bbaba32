using System.Globalization;
using NascarDfs.App.Optimize;
using Spectre.Console;

namespace NascarDfs.App.Cli;

/// <summary>Prints a portfolio to the terminal: the first lineups, the top exposures, the warnings.</summary>
internal static class PortfolioPrinter
{
    private const int LineupsShown = 10;

    public static void Print(OptimizeJobConfig config, OptimizeResultDocument result)
    {
        var slate = OptimizeService.LoadSlate(config);
        var names = slate.Drivers.ToDictionary(d => d.Id, d => d.Name);
        var table = new Table().Title($"{Markup.Escape(config.Name)}: {result.Lineups.Count} lineups ({result.Site}, {result.Scoring} scoring)");
        table.AddColumns("#", "Drivers", "Salary", "Projection");
        foreach (var (lineup, i) in result.Lineups.Take(LineupsShown).Select((l, i) => (l, i)))
        {
            table.AddRow((i + 1).ToString(CultureInfo.InvariantCulture), Markup.Escape(string.Join(", ", lineup.DriverIds.Select(id => names.GetValueOrDefault(id, id)))),
                lineup.Salary.ToString("N0", CultureInfo.InvariantCulture), lineup.Projection.ToString("0.00", CultureInfo.InvariantCulture));
        }

        AnsiConsole.Write(table);
        if (result.Lineups.Count > LineupsShown) AnsiConsole.MarkupLine($"… and {result.Lineups.Count - LineupsShown} more (use --out or --json to save them all).");

        var exposures = result.Exposures.OrderByDescending(e => e.Value.Count).Take(10)
            .Select(e => $"{names.GetValueOrDefault(e.Key, e.Key)} {e.Value.Percent.ToString("0.#", CultureInfo.InvariantCulture)}%");
        AnsiConsole.MarkupLine("Top exposures: " + Markup.Escape(string.Join(", ", exposures)));
        if (config.Randomness > 0) AnsiConsole.MarkupLine($"Randomness {config.Randomness}% with seed {config.Seed} (pass --seed {config.Seed} to repeat).");
        foreach (var warning in result.Warnings) AnsiConsole.MarkupLine("[yellow]Warning:[/] " + Markup.Escape(warning));
    }
}
