using NascarDfs.Simulation.Calibration;
using NascarDfs.Simulation.RaceLogs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NascarDfs.App.Cli;

/// <summary><c>nascar-dfs calibrate</c>: fits the race model on real races (<c>--out</c>) and/or compares it with them (<c>--report</c>).</summary>
internal sealed class CalibrateCommand : AsyncCommand<CalibrateSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, CalibrateSettings settings, CancellationToken cancellationToken)
    {
        return await CliErrors.RunAsync(async () =>
        {
            if (settings.Logs is null) throw new ArgumentException("--logs FILE is required.");
            if (settings.Out is null && !settings.Report) throw new ArgumentException("Give --out FILE (fit and write), --report, or both.");
            var log = RaceLog.Read(InputFiles.Require(settings.Logs, "--logs"));
            PrintQuirks(log.Quirks);
            var defaults = new CalibratorOptions();
            var options = defaults with
            {
                SimulationsPerRace = settings.SimsPerRace ?? defaults.SimulationsPerRace,
                Before = settings.Before is { } b ? InputFiles.ParseDate(b) : null,
                HalfLifeYears = settings.HalfLife ?? defaults.HalfLifeYears,
            };
            options.Validate();
            var parameters = settings.Calibration is { } c ? CalibrationParameters.Load(InputFiles.Require(c, "--calibration")) : CalibrationParameters.Default;
            if (settings.Out is { } path)
            {
                parameters = await Task.Run(() => Calibrator.Calibrate(log, Path.GetFileName(settings.Logs), options,
                    new InlineProgress<string>(m => Console.Error.WriteLine("Fitting " + m)), cancellationToken), cancellationToken);
                await File.WriteAllTextAsync(path, parameters.ToJson(), cancellationToken);
                AnsiConsole.MarkupLine($"Wrote [bold]{Markup.Escape(path)}[/]");
            }

            if (settings.Report)
            {
                var rows = await Task.Run(() => CalibrationReport.Compare(log, parameters, options.SimulationsPerRace, weighting: options), cancellationToken);
                Console.WriteLine(CalibrationReport.Format(rows));
            }

            return CliErrors.Ok;
        });
    }

    private static void PrintQuirks(RaceLogQuirks q)
    {
        Console.WriteLine($"{q.Rows:N0} rows ({q.RowsSkipped} skipped, {q.EmptyCells:N0} empty cells), {q.Races} races: "
            + string.Join(", ", q.RacesBySeries.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key} {kv.Value}")) + ".");
        Console.WriteLine($"Cup exhibitions left out: {q.Clashes} Clash, {q.Duels} Duel days, {q.AllStarRaces} All-Star. "
            + $"Finishes not 1..N: {q.NonPermutationRaces} races (left out). Laps led over laps run: {q.LapsLedOverLapsRaces} races (left out of laps-led metrics).");
        Console.WriteLine("Fitted on Cup points races; O'Reilly and Truck races only top up types with under 10 clean Cup races (dirt).");
        if (q.UnknownTracks.Count > 0) Console.WriteLine("Unknown tracks (left out): " + string.Join(", ", q.UnknownTracks));
    }
}
