using System.Globalization;
using System.Text;
using NascarDfs.Domain.Scoring;
using NascarDfs.Domain.Slates;
using NascarDfs.Domain.Spreadsheets;
using NascarDfs.Simulation.Projections;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NascarDfs.App.Cli;

/// <summary><c>nascar-dfs project</c>: per slate driver a projection and StdDev from his earlier races (the history projector).</summary>
internal sealed class ProjectCommand : AsyncCommand<ProjectSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ProjectSettings settings, CancellationToken cancellationToken)
    {
        return await CliErrors.RunAsync(async () =>
        {
            if (settings.Slate is null || settings.Logs is null || settings.RaceDate is null)
            {
                throw new ArgumentException("project needs --slate FILE, --logs race-logs.csv, --track NAME or --track-type TYPE, and --race-date YYYY-MM-DD.");
            }

            var date = InputFiles.ParseDate(settings.RaceDate);
            var (salary, _) = InputFiles.ReadSlate(settings.Slate, null, site: null);
            var scoring = ScoringTables.Resolve(salary.Site, settings.Scoring, date);
            var history = ProjectionInputs.History(settings.Logs, settings.Track, settings.TrackType, date, settings.Starts, "--logs");
            var resolved = ProjectionResolver.Resolve(salary, scoring, null, history);
            Print(salary, scoring, resolved);
            if (settings.Out is { } path)
            {
                await File.WriteAllTextAsync(path, ToCsv(salary, resolved), new UTF8Encoding(false), cancellationToken);
                AnsiConsole.MarkupLine($"Wrote [bold]{Markup.Escape(path)}[/] ({salary.Drivers.Length} drivers)");
            }

            return CliErrors.Ok;
        });
    }

    /// <summary>The projections CSV: every slate driver in file order, readable by the projections reader (ID first, so it matches exactly).</summary>
    internal static string ToCsv(SalaryFile salary, ResolvedProjections resolved)
    {
        string F(double x) => x.ToString("0.##", CultureInfo.InvariantCulture);
        var text = new StringBuilder("Id,Name,Projection,StdDev,Start,Races,EffectiveRaces\n");
        for (var i = 0; i < salary.Drivers.Length; i++)
        {
            var d = salary.Drivers[i];
            var p = resolved.History[i];
            text.Append(Cell(d.Id)).Append(',').Append(Cell(d.Name)).Append(',').Append(F(p.Projection)).Append(',').Append(F(p.StdDev)).Append(',')
                .Append(p.Start?.ToString(CultureInfo.InvariantCulture) ?? "").Append(',').Append(p.Races.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(F(p.EffectiveRaces)).Append('\n');
        }

        return text.ToString();
    }

    private static string Cell(string value) => SpreadsheetText.Cell(value);

    private static void Print(SalaryFile salary, ScoringTable scoring, ResolvedProjections resolved)
    {
        AnsiConsole.MarkupLine(Markup.Escape($"{resolved.Source}. Scoring {scoring.Name}."));
        foreach (var warning in resolved.Warnings) AnsiConsole.MarkupLine("[yellow]Warning:[/] " + Markup.Escape(warning));
        var table = new Table().AddColumns("Driver", "Salary", "Start", "Projection", "StdDev", "Races", "Effective races");
        string F(double x) => x.ToString("F1", CultureInfo.InvariantCulture);
        foreach (var (d, p) in salary.Drivers.Zip(resolved.History).OrderByDescending(x => x.Second.Projection))
        {
            table.AddRow(Markup.Escape(d.Name), d.Salary.ToString(CultureInfo.InvariantCulture), p.Start?.ToString(CultureInfo.InvariantCulture) ?? "",
                F(p.Projection), F(p.StdDev), p.Races.ToString(CultureInfo.InvariantCulture), F(p.EffectiveRaces));
        }

        AnsiConsole.Write(table);
    }
}
