using System.Globalization;
using NascarDfs.Domain.Slates;
using NascarDfs.Simulation;
using NascarDfs.Simulation.Backtests;
using NascarDfs.Simulation.RaceLogs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NascarDfs.App.Cli;

/// <summary><c>nascar-dfs backtest</c>: a portfolio per objective on a past slate, scored with what really happened.</summary>
internal sealed class BacktestCommand : AsyncCommand<BacktestSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, BacktestSettings settings, CancellationToken cancellationToken)
    {
        return await CliErrors.RunAsync(async () =>
        {
            if (settings.Slate is null || settings.Logs is null || settings.RaceDate is null)
            {
                throw new ArgumentException("backtest needs --slate FILE, --logs FILE and --race-date YYYY-MM-DD.");
            }

            var (file, projections) = InputFiles.ReadSlate(settings.Slate, settings.Projections, site: null);
            var request = new BacktestRequest(SlateAssembler.Assemble(file, projections),
                RaceLog.Read(InputFiles.Require(settings.Logs, "--logs")), InputFiles.ParseDate(settings.RaceDate))
            {
                Lineups = settings.Lineups ?? 20,
                Simulation = new SimulationOptions { Simulations = settings.Sims ?? SimulationDefaults.Simulations, Seed = settings.Seed ?? SimulationDefaults.Seed },
            };
            var result = await Task.Run(() => Backtester.Run(request, new InlineProgress<string>(o => Console.Error.WriteLine("Building " + o)), cancellationToken),
                cancellationToken);
            Print(result);
            return CliErrors.Ok;
        });
    }

    private static void Print(BacktestResult result)
    {
        string F(double x) => x.ToString("F2", CultureInfo.InvariantCulture);
        AnsiConsole.MarkupLine(Markup.Escape($"{result.Race.TrackName} {result.Race.Date:yyyy-MM-dd} ({result.Race.Type}, {result.Race.Laps} laps run), "
            + $"scoring {result.Scoring}; simulation target {F(result.Target)}; best possible lineup {F(result.HindsightBest)}"));
        foreach (var warning in result.Warnings) AnsiConsole.MarkupLine("[yellow]Warning:[/] " + Markup.Escape(warning));
        var table = new Table().AddColumns("Objective", "Lineups", "Best actual", "Mean actual", "Reached target");
        foreach (var row in result.Rows)
        {
            table.AddRow(row.Objective, row.Lineups.ToString(CultureInfo.InvariantCulture), F(row.BestActual), F(row.MeanActual),
                row.ReachedTarget?.ToString(CultureInfo.InvariantCulture) ?? "");
        }

        AnsiConsole.Write(table);
    }
}
