using System.Globalization;
using NascarDfs.App.Optimize;
using Spectre.Console;

namespace NascarDfs.App.Cli;

/// <summary>Prints a portfolio to the terminal: the first lineups, the top exposures, the warnings.</summary>
internal static class PortfolioPrinter
{
    private const int LineupsShown = 10;

    public static void Print(OptimizePlan plan, OptimizeResultDocument result)
    {
        var config = plan.Args;
        var names = plan.Slate.Drivers.ToDictionary(d => d.Id, d => d.Name);
        var table = new Table().Title($"{Markup.Escape(config.Name)}: {result.Lineups.Count} lineups ({result.Site}, {result.Scoring} scoring)");
        var simulated = result.Simulation;
        table.AddColumns("#", "Drivers", "Salary", "Projection");
        if (simulated is not null) table.AddColumns("Sim mean", "P90", "P(≥ target)");
        foreach (var (lineup, i) in result.Lineups.Take(LineupsShown).Select((l, i) => (l, i)))
        {
            List<string> cells = [(i + 1).ToString(CultureInfo.InvariantCulture), Markup.Escape(string.Join(", ", lineup.DriverIds.Select(id => names.GetValueOrDefault(id, id)))),
                lineup.Salary.ToString("N0", CultureInfo.InvariantCulture), Points(lineup.Projection)];
            if (simulated?.Lineups[i] is { } stats)
            {
                cells.AddRange([Points(stats.Mean), Points(stats.P90), ((stats.TargetProbability ?? 0) * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%"]);
            }

            table.AddRow([.. cells]);
        }

        AnsiConsole.Write(table);
        if (result.Lineups.Count > LineupsShown) AnsiConsole.MarkupLine($"… and {result.Lineups.Count - LineupsShown} more (use --out or --json to save them all).");

        var exposures = result.Exposures.OrderByDescending(e => e.Value.Count).Take(10)
            .Select(e => $"{names.GetValueOrDefault(e.Key, e.Key)} {e.Value.Percent.ToString("0.#", CultureInfo.InvariantCulture)}%");
        AnsiConsole.MarkupLine("Top exposures: " + Markup.Escape(string.Join(", ", exposures)));
        if (simulated is not null)
        {
            AnsiConsole.MarkupLine(Markup.Escape(
                $"{simulated.Simulations:N0} simulated races ({simulated.TrackType}, {simulated.Laps} laps, seed {simulated.Seed}, on {simulated.Device ?? "CPU"}); target {Points(simulated.Target)} " +
                $"(median optimal {Points(simulated.MedianOptimalScore)}); P(at least one lineup ≥ target) = {simulated.Coverage:P1}; {simulated.Candidates:N0} candidates."));
        }

        if (config.Randomness > 0) AnsiConsole.MarkupLine($"Randomness {config.Randomness}% with seed {config.Seed} (pass --seed {config.Seed} to repeat).");
        foreach (var warning in result.Warnings) AnsiConsole.MarkupLine("[yellow]Warning:[/] " + Markup.Escape(warning));
    }

    private static string Points(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
