using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using NascarDfs.App.Services;
using NascarDfs.Domain.Slates;
using NascarDfs.Simulation;
using NascarDfs.Simulation.Backtests;
using NascarDfs.Simulation.RaceLogs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NascarDfs.App.Cli;

/// <summary><c>nascar-dfs backtest</c>: portfolios per objective and seed on past slates, scored with the real races and set beside random lineups.</summary>
internal sealed partial class BacktestCommand : AsyncCommand<BacktestSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, BacktestSettings settings, CancellationToken cancellationToken)
    {
        using var interrupt = new InterruptScope(cancellationToken);
        cancellationToken = interrupt.Token;
        return await CliErrors.RunAsync(async () =>
        {
            var request = CreateRequest(settings);
            var result = await Task.Run(() => Backtester.Run(request, new InlineProgress<string>(o => Console.Error.WriteLine("Building " + o)), cancellationToken),
                cancellationToken);
            Print(result);
            if (settings.Json is { } path)
            {
                await File.WriteAllTextAsync(path, JsonSerializer.Serialize(result, AppJson.Indented), cancellationToken);
                AnsiConsole.MarkupLine($"Wrote [bold]{Markup.Escape(path)}[/]");
            }

            return CliErrors.Ok;
        });
    }

    internal static BacktestRequest CreateRequest(BacktestSettings settings)
    {
        if (settings.Slate.Length == 0 || settings.Logs is null)
        {
            throw new ArgumentException("backtest needs --slate FILE (repeatable; FILE@YYYY-MM-DD when the name carries no date) and --logs race-logs.csv.");
        }

        if (settings.Slate.Length > 1 && settings.Projections is not null)
        {
            throw new ArgumentException("--projections applies to one slate; with several slates use --history race-logs.csv or the salary files' averages.");
        }

        if (settings.Slate.Length > 1 && settings.RaceDate is not null)
        {
            throw new ArgumentException("--race-date applies to one slate; with several, give each date as FILE@YYYY-MM-DD or in the file name.");
        }

        var slates = settings.Slate.Select(s => ReadSlate(s, settings)).ToList();
        var logs = InputFiles.Require(settings.Logs, "--logs");
        var log = RaceLog.Read(logs);
        RaceLog? history = settings.History is null ? null
            : Path.GetFullPath(settings.History) == Path.GetFullPath(logs) ? log : RaceLog.Read(InputFiles.Require(settings.History, "--history"));
        var first = settings.Seed ?? 1;
        return new BacktestRequest(slates, log, Path.GetFileName(logs))
        {
            Lineups = settings.Lineups ?? 20,
            Simulation = new SimulationOptions { Simulations = settings.Sims ?? SimulationDefaults.Simulations },
            Seeds = [.. Enumerable.Range(0, settings.Seeds ?? 3).Select(k => first + (ulong)k)],
            History = history,
            HistoryName = settings.History is { } h ? Path.GetFileName(h) : "",
            RandomLineups = settings.RandomLineups ?? 20_000,
        };
    }

    private static BacktestSlate ReadSlate(string text, BacktestSettings settings)
    {
        var at = text.LastIndexOf('@');
        var path = at > 0 && InputFiles.TryParseDate(text[(at + 1)..]) is not null ? text[..at] : text;
        var date = at > 0 ? InputFiles.TryParseDate(text[(at + 1)..]) : null;
        date ??= LeadingDate().Match(Path.GetFileName(path)) is { Success: true } m ? InputFiles.TryParseDate(m.Value) : null;
        if (date is null && settings.RaceDate is { } d) date = InputFiles.ParseDate(d);
        if (date is null)
        {
            throw new ArgumentException($"--slate {text}: the race date is unknown; give it as {Path.GetFileName(path)}@YYYY-MM-DD (or --race-date with one slate).");
        }

        var (salary, projections) = InputFiles.ReadSlate(path, settings.Projections, site: null);
        return new BacktestSlate(salary, date.Value, projections);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}")]
    private static partial Regex LeadingDate();

    private static string F(double x) => x.ToString("F1", CultureInfo.InvariantCulture);

    private static string Spread(SeedSpread s) => s.PerSeed.Count > 1 && s.StdDev > 0
        ? $"{F(s.Mean)} ± {F(s.StdDev)} [{F(s.Min)}–{F(s.Max)}]"
        : F(s.Mean);

    private static void Print(BacktestResult result)
    {
        foreach (var slate in result.Slates)
        {
            var r = slate.Race;
            AnsiConsole.MarkupLine(Markup.Escape($"{r.TrackName} {r.Date:yyyy-MM-dd} ({slate.Slate}): {r.Type}, {r.Laps} scheduled laps "
                + $"({slate.LapsSource}; {slate.LapsRun} run), scoring {slate.Scoring}; best possible lineup {F(slate.HindsightBest)}, "
                + $"random legal lineup mean {F(slate.RandomMean)}."));
            AnsiConsole.MarkupLine(Markup.Escape(slate.Projections + "."));
            foreach (var warning in slate.Warnings) AnsiConsole.MarkupLine("[yellow]Warning:[/] " + Markup.Escape(warning));
            var table = new Table().AddColumns("Objective", "Lineups", "Best actual", "Best pctl", "Mean actual", "Mean pctl", "Reached target");
            foreach (var o in slate.Objectives)
            {
                table.AddRow(o.Objective, o.Lineups.ToString(CultureInfo.InvariantCulture), Markup.Escape(Spread(o.BestActual)), F(o.BestPercentile),
                    Markup.Escape(Spread(o.MeanActual)), F(o.MeanPercentile), o.ReachedTarget is { } t ? F(t) : "");
            }

            AnsiConsole.Write(table);
        }

        if (result.Slates.Count > 1)
        {
            AnsiConsole.MarkupLine(Markup.Escape($"All {result.Slates.Count} slates (scores summed per seed; percentiles averaged over slates):"));
            var total = new Table().AddColumns("Objective", "Best actual", "Best pctl", "Mean actual", "Mean pctl");
            foreach (var o in result.Totals) total.AddRow(o.Objective, Markup.Escape(Spread(o.BestActual)), F(o.BestPercentile), Markup.Escape(Spread(o.MeanActual)), F(o.MeanPercentile));
            AnsiConsole.Write(total);
        }

        AnsiConsole.MarkupLine(Markup.Escape("Spread: mean ± sd [min–max] over the seeds (the projection objective has no randomness)."));
        AnsiConsole.MarkupLine(Markup.Escape("Percentiles: " + result.PercentileRule + "."));
        AnsiConsole.MarkupLine(Markup.Escape("Scheduled laps: " + result.LapsRule + "."));
    }
}
