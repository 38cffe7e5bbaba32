using System.Globalization;
using System.Text.Json;
using NascarDfs.App.Optimize;
using NascarDfs.App.Services;
using NascarDfs.Contests.Definitions;
using NascarDfs.Contests.Evaluation;
using NascarDfs.Contests.Field;
using NascarDfs.Contests.Lineups;
using NascarDfs.Domain.Lineups;
using NascarDfs.Domain.Scoring;
using NascarDfs.Domain.Slates;
using NascarDfs.Simulation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NascarDfs.App.Cli;

/// <summary><c>nascar-dfs contest</c>: enters a finished portfolio in a contest against a field drawn from the
/// ownership projection, over simulated races; prints ROI per lineup and for the portfolio, and leverage.</summary>
internal sealed class ContestCommand : AsyncCommand<ContestSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ContestSettings settings, CancellationToken cancellationToken)
    {
        using var interrupt = new InterruptScope(cancellationToken);
        cancellationToken = interrupt.Token;
        return await CliErrors.RunAsync(async () =>
        {
            try
            {
                var request = await CreateRequestAsync(settings, cancellationToken);
                ContestEvaluator.Check(request); // every input problem before any simulation
                var result = await Task.Run(() => ContestEvaluator.Evaluate(request, Progress(), cancellationToken), cancellationToken);
                Print(result);
                if (settings.Json is { } path)
                {
                    await File.WriteAllTextAsync(path, JsonSerializer.Serialize(Document(result), AppJson.Indented), cancellationToken);
                    AnsiConsole.MarkupLine($"Wrote [bold]{Markup.Escape(path)}[/]");
                }

                return CliErrors.Ok;
            }
            catch (ContestException e)
            {
                return CliErrors.Fail(e.Message);
            }
        });
    }

    private static async Task<ContestEvaluationRequest> CreateRequestAsync(ContestSettings settings, CancellationToken cancellationToken)
    {
        Slate slate;
        IReadOnlyList<Lineup> lineups;
        var warnings = new List<string>();
        OptimizeJobResult? job = null;
        if (settings.Job is { } id)
        {
            using var jobs = await JobsEnvironment.OpenAsync(settings.ResolveDataFolder(), settings.Durable, cancellationToken);
            var read = await new OptimizeService(jobs.Service).LoadAsync(id, cancellationToken: cancellationToken);
            job = read.Value ?? throw new ArgumentException(read.Problem is JobResultProblem.NotFound ? $"no job #{id.TrimStart('#')}." : read.Message!);
        }

        if (settings.Slate is { } slatePath)
        {
            var (file, projections) = InputFiles.ReadSlate(slatePath, settings.Projections, settings.Site);
            slate = SlateAssembler.Assemble(file, projections);
            if (settings.Projections is { } p) warnings.AddRange(ProjectionSalaryCheck.Compare(slate, InputFiles.Require(p, "--projections")));
        }
        else
        {
            slate = job!.Slate;
        }

        if (settings.Lineups is { } lineupsPath)
        {
            lineups = LineupFileReader.Read(InputFiles.Require(lineupsPath, "--lineups"), slate);
        }
        else
        {
            lineups = job!.Lineups;
            LineupMasksCheck(lineups, slate, settings.Job!);
        }

        var contest = ContestSource.Load(settings.Contest!, slate.Site);
        DateOnly? date = settings.RaceDate is { } text ? InputFiles.ParseDate(text) : null;
        var race = Race.Resolve(settings.Track, settings.TrackType, settings.Laps, date);
        var simulation = new SimulationOptions
        {
            Simulations = settings.Sims ?? SimulationDefaults.Simulations,
            Seed = settings.Seed ?? SimulationDefaults.Seed,
            FitToProjections = settings.Projections is not null || job is not null,
        };
        return new ContestEvaluationRequest(slate, contest, lineups, ScoringTables.Resolve(slate.Site, settings.Scoring, date), race)
        {
            Simulation = simulation,
            Field = new FieldOptions { Seed = settings.FieldSeed ?? FieldDefaults.Seed },
            InputWarnings = warnings,
        };
    }

    private static void LineupMasksCheck(IReadOnlyList<Lineup> lineups, Slate slate, string job)
    {
        var ids = slate.Drivers.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var missing = lineups.SelectMany(l => l.DriverIds).FirstOrDefault(i => !ids.Contains(i));
        if (missing is not null) throw new ArgumentException($"Job #{job.TrimStart('#')}'s lineups hold driver ID '{missing}', who is not in this slate: the job was built on another salary file.");
    }

    private static InlineProgress<SimulationProgress> Progress()
    {
        var lastTenth = -1;
        return new InlineProgress<SimulationProgress>(p =>
        {
            var tenth = (int)(p.Percent / 10);
            if (Interlocked.Exchange(ref lastTenth, tenth) == tenth) return;
            Console.Error.WriteLine($"{p.Percent,3:F0}% {p.Message}");
        });
    }

    private static void Print(ContestResult result)
    {
        static string P(double x) => (100 * x).ToString("F1", CultureInfo.InvariantCulture) + "%";
        static string M(double x) => x.ToString("$#,0.00;-$#,0.00", CultureInfo.InvariantCulture);
        var c = result.Contest;
        AnsiConsole.MarkupLine(Markup.Escape($"{c.Name}{(c.IsExample ? " (an example contest)" : "")}: {c.FieldSize:N0} entries, ${c.EntryFee} entry, "
            + $"{c.PaidPlaces:N0} paid; field {result.FieldEntries:N0} entries ({result.Field.Distinct:N0} distinct, ownership {result.Field.Targets.Source.ToString().ToLowerInvariant()}), {result.Simulations:N0} races"));
        foreach (var warning in result.Warnings) AnsiConsole.MarkupLine("[yellow]Warning:[/] " + Markup.Escape(warning));
        var table = new Table().AddColumns("#", "Lineup", "Salary", "Exp. payout", "Exp. profit", "ROI", "ROI 95%", "Cash", "Top 1%", "Win", "Dupes");
        var names = result.Field.Drivers.ToDictionary(d => d.Id, d => d.Name, StringComparer.Ordinal);
        foreach (var (l, i) in result.Lineups.Select((l, i) => (l, i)).OrderByDescending(x => x.l.Roi))
        {
            table.AddRow((i + 1).ToString(CultureInfo.InvariantCulture), Markup.Escape(string.Join(", ", l.Lineup.DriverIds.Select(id => names.GetValueOrDefault(id, id)))),
                l.Lineup.Salary.ToString("N0", CultureInfo.InvariantCulture), M(l.ExpectedPayout), M(l.ExpectedProfit), P(l.Roi), $"{P(l.RoiLow)} … {P(l.RoiHigh)}",
                P(l.CashRate), P(l.Top1Rate), P(l.WinRate), l.FieldDuplicates.ToString(CultureInfo.InvariantCulture));
        }

        AnsiConsole.Write(table);
        var p = result.Portfolio;
        AnsiConsole.MarkupLine(Markup.Escape($"Portfolio: {p.Entries} entries, fees {M(p.Fees)}, expected payout {M(p.ExpectedPayout)}, expected profit {M(p.ExpectedProfit)}, "
            + $"ROI {P(p.Roi)} (95% {P(p.RoiLow)} … {P(p.RoiHigh)}), P(profit > 0) {P(p.ProfitProbability)}, cash {P(p.CashRate)}, top 1% {P(p.Top1Rate)}, win {P(p.WinRate)}; "
            + $"profit p5 {M(p.ProfitHistogram.P5)}, median {M(p.ProfitHistogram.P50)}, p95 {M(p.ProfitHistogram.P95)}, max {M(p.ProfitHistogram.Max)}"));
        var leverage = new Table().AddColumns("Driver", "Salary", "Projected own", "Field own", "Your exposure", "Leverage");
        foreach (var d in result.Drivers.Where(d => d.Exposure > 0 || d.FieldOwnership >= 1).OrderByDescending(d => Math.Abs(d.Leverage)))
        {
            string F(double x) => x.ToString("F1", CultureInfo.InvariantCulture);
            leverage.AddRow(Markup.Escape(d.Name), d.Salary.ToString("N0", CultureInfo.InvariantCulture), F(d.ProjectedOwnership) + (d.Estimated ? " (est.)" : ""),
                F(d.FieldOwnership), F(d.Exposure), (d.Leverage >= 0 ? "+" : "") + F(d.Leverage));
        }

        AnsiConsole.Write(leverage);
    }

    private static object Document(ContestResult result) => new
    {
        contest = new { result.Contest.Name, site = result.Contest.Rules.Name, result.Contest.EntryFee, result.Contest.FieldSize, result.Contest.MaxEntriesPerUser, example = result.Contest.IsExample, result.Contest.Payouts },
        result.Simulations,
        field = new { entries = result.FieldEntries, distinct = result.Field.Distinct, ownership = result.Field.Targets.Source.ToString().ToLowerInvariant(), maxOwnershipError = result.Field.MaxOwnershipError, result.Field.ShareAtMinSalaryUse },
        lineups = result.Lineups.Select(l => new
        {
            drivers = l.Lineup.DriverIds,
            l.Lineup.Salary,
            l.ExpectedPayout,
            l.ExpectedProfit,
            l.Roi,
            roi95 = new[] { l.RoiLow, l.RoiHigh },
            l.CashRate,
            l.Top1Rate,
            l.WinRate,
            l.FieldDuplicates,
        }),
        portfolio = result.Portfolio,
        drivers = result.Drivers.Select(d => new { d.DriverId, d.Name, d.Salary, d.ProjectedOwnership, d.Estimated, d.FieldOwnership, d.Exposure, d.Leverage }),
        result.Warnings,
    };
}
