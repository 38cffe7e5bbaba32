using System.Globalization;
using System.Text.Json;
using NascarDfs.App.JobHandlers.Documents;
using NascarDfs.App.Services;
using NascarDfs.Domain.Scoring;
using NascarDfs.Domain.Slates;
using NascarDfs.Simulation;
using NascarDfs.Simulation.Calibration;
using NascarDfs.Simulation.Projections;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NascarDfs.App.Cli;

/// <summary><c>nascar-dfs simulate</c>: simulates the race for a slate and prints per-driver distributions.</summary>
internal sealed class SimulateCommand : AsyncCommand<SimulateSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, SimulateSettings settings, CancellationToken cancellationToken)
    {
        using var interrupt = new InterruptScope(cancellationToken);
        cancellationToken = interrupt.Token;
        return await CliErrors.RunAsync(async () =>
        {
            var (request, source) = CreateRequest(settings);
            var result = await Task.Run(() => TerminalProgress.Run("Simulating", (SimulationProgress p) => (p.Percent, p.Message), progress => RaceSimulator.Run(request, progress, cancellationToken)), cancellationToken);
            Print(result, source);
            var dump = Math.Clamp(settings.DumpRaces ?? 0, 0, result.Simulations);
            var races = Enumerable.Range(0, dump).Select(result.RaceDetail).ToList();
            if (settings.Json is { } path)
            {
                var document = new
                {
                    race = request.Race,
                    scoring = request.Scoring.Name,
                    projectionSource = new { kind = source.KindName, description = source.Description },
                    simulations = result.Simulations,
                    seed = request.Options.Seed,
                    scaleFactor = result.ScaleFactor,
                    expectedFieldTotal = result.ExpectedFieldTotal,
                    warnings = result.Warnings,
                    drivers = result.SummarizeDrivers(),
                    fit = result.Fit,
                    races,
                };
                await File.WriteAllTextAsync(path, JsonSerializer.Serialize(document, AppJson.Indented), cancellationToken);
                AnsiConsole.MarkupLine($"Wrote [bold]{Markup.Escape(path)}[/]");
            }
            else
            {
                races.ForEach(PrintRace);
            }

            return CliErrors.Ok;
        });
    }

    internal static (SimulationRequest Request, ProjectionSource Source) CreateRequest(SimulateSettings settings)
    {
        if (settings.Slate is null) throw new ArgumentException("--slate FILE is required.");
        var (file, projections) = InputFiles.ReadSlate(settings.Slate, settings.Projections, settings.Site);
        DateOnly? date = settings.RaceDate is { } text ? InputFiles.ParseDate(text) : null;
        var scoring = ScoringTables.Resolve(file.Site, settings.Scoring, date);
        var resolved = ProjectionInputs.Resolve(file, scoring, projections, settings.History, settings.Track, settings.TrackType, date, settings.Starts);
        var slate = resolved.Assemble(file);
        var calibration = settings.Calibration is { } c ? CalibrationParameters.Load(InputFiles.Require(c, "--calibration")) : null;
        var race = Race.Resolve(settings.Track, settings.TrackType, settings.Laps, date, calibration);
        var options = new SimulationOptions
        {
            Simulations = settings.Sims ?? SimulationDefaults.Simulations,
            Seed = settings.Seed ?? SimulationDefaults.Seed,
            Device = StoredNames.ToDevice(settings.Device, "--device"),
            Calibration = calibration,
        };
        if (settings.DumpRaces is < 0) throw new ArgumentException("--dump-races must not be negative.");
        foreach (var warning in slate.Warnings) Console.Error.WriteLine("Warning: " + warning);
        return (new SimulationRequest(slate.Drivers, scoring, race) { Options = options }, resolved.Source);
    }

    private static void Print(SimulationResult result, ProjectionSource source)
    {
        var r = result.Request.Race;
        AnsiConsole.MarkupLine(Markup.Escape(source + "."));
        AnsiConsole.MarkupLine(Markup.Escape(
            $"{r.TrackName ?? r.Type.ToString()} ({r.Type}), {r.Laps} laps, {result.Simulations:N0} races, scoring {result.Scoring.Name}, "
            + $"projection scale factor {result.ScaleFactor:F3} (field total {result.ExpectedFieldTotal:F1}), simulated on {result.Device}"));
        foreach (var warning in result.Warnings) AnsiConsole.MarkupLine("[yellow]Warning:[/] " + Markup.Escape(warning));
        var table = new Table().AddColumns("Driver", "Salary", "Start", "Target", "Mean", "SD", "P10", "P50", "P90", "P99", "Win%", "Top5%", "Top10%", "Led", "Fastest");
        var fit = result.Fit.ToDictionary(f => f.DriverId);
        foreach (var d in result.SummarizeDrivers().OrderByDescending(d => d.Mean))
        {
            string F(double x, string format = "F1") => x.ToString(format, CultureInfo.InvariantCulture);
            table.AddRow(Markup.Escape(d.Name), d.Salary.ToString(CultureInfo.InvariantCulture), d.Start?.ToString(CultureInfo.InvariantCulture) ?? "out",
                fit.TryGetValue(d.DriverId, out var f) ? F(f.Target) : "", F(d.Mean), F(d.StdDev), F(d.P10), F(d.P50), F(d.P90), F(d.P99),
                F(100 * d.WinProbability), F(100 * d.Top5Probability), F(100 * d.Top10Probability), F(d.MeanLapsLed), F(d.MeanFastestLaps));
        }

        AnsiConsole.Write(table);
    }

    private static void PrintRace(SimulatedRace race)
    {
        AnsiConsole.MarkupLine($"Race {race.Index + 1}: {race.Laps} laps, {race.CautionLaps} under caution");
        var table = new Table().AddColumns("Fin", "Start", "Driver", "Laps", "Status", "Led", "Fastest", "Points");
        foreach (var car in race.Cars.Where(c => c.Status != CarStatus.DidNotStart).OrderBy(c => c.Finish))
        {
            table.AddRow(car.Finish.ToString(CultureInfo.InvariantCulture), car.Start.ToString(CultureInfo.InvariantCulture), Markup.Escape(car.Name),
                car.LapsCompleted.ToString(CultureInfo.InvariantCulture), car.Status.ToString(), car.LapsLed.ToString(CultureInfo.InvariantCulture),
                car.FastestLaps.ToString(CultureInfo.InvariantCulture), car.Points.ToString("F2", CultureInfo.InvariantCulture));
        }

        AnsiConsole.Write(table);
    }
}
