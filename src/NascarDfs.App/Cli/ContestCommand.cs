using System.Text.Json;
using NascarDfs.App.Contests;
using NascarDfs.App.Optimize;
using NascarDfs.App.Services;
using NascarDfs.Contests.Definitions;
using NascarDfs.Contests.Field;
using NascarDfs.Contests.Lineups;
using NascarDfs.Domain.Lineups;
using NascarDfs.Domain.Scoring;
using NascarDfs.Domain.Sites;
using NascarDfs.Domain.Slates;
using NascarDfs.Simulation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NascarDfs.App.Cli;

/// <summary><c>nascar-dfs contest</c>: enters a finished portfolio (an upload CSV or a finished job's lineups) in a
/// contest against a field drawn from the ownership projection, over simulated races, in the terminal through the
/// contest job's own check and runner; prints ROI per lineup and for the portfolio, and leverage.</summary>
internal sealed class ContestCommand : AsyncCommand<ContestSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ContestSettings settings, CancellationToken cancellationToken)
    {
        using var interrupt = new InterruptScope(cancellationToken);
        cancellationToken = interrupt.Token;
        return await CliErrors.RunAsync(async () =>
        {
            var check = ContestService.Check(await CreateArgsAsync(settings, null, cancellationToken)); // every input problem before any simulation
            if (check.Plan is not { } plan) return CliErrors.Fail(check.Message);
            var result = await Task.Run(() => TerminalProgress.Run("Simulating the contest", (RunProgress p) => (p.Percent, p.Message),
                progress => ContestRunner.Run(plan, progress, cancellationToken: cancellationToken)), cancellationToken);
            ContestPrinter.Print(result.Report, result.Lineups, plan.Slate, result.Warnings);
            if (settings.Json is { } path)
            {
                await File.WriteAllTextAsync(path, JsonSerializer.Serialize(result, AppJson.Indented), cancellationToken);
                AnsiConsole.MarkupLine($"Wrote [bold]{Markup.Escape(path)}[/]");
            }

            return CliErrors.Ok;
        });
    }

    /// <summary>The contest job's arguments from the options: the slate and projections from the files or the job, the
    /// lineups from the upload CSV or the job, the race from the options or the job.</summary>
    /// <param name="settings">The options.</param>
    /// <param name="jobs">The open job database (<c>jobs submit contest</c>); null: opened here when --job needs it.</param>
    /// <param name="cancellationToken">Stops the reads.</param>
    internal static async Task<ContestArgs> CreateArgsAsync(ContestSettings settings, JobsEnvironment? jobs, CancellationToken cancellationToken)
    {
        OptimizeJobResult? job = null;
        if (settings.Job is { } id)
        {
            using var opened = jobs is null ? await JobsEnvironment.OpenAsync(settings.ResolveDataFolder(), settings.Durable, cancellationToken) : null;
            var read = await new OptimizeService((jobs ?? opened!).Service).LoadAsync(id, cancellationToken: cancellationToken);
            job = read.Value ?? throw new ArgumentException(read.Problem is JobResultProblem.NotFound ? $"There is no job #{id.TrimStart('#')}." : read.Message!);
        }

        SalaryFile salary;
        ProjectionFile? projections;
        var notes = new List<string>();
        if (settings.Slate is { } slatePath)
        {
            (salary, projections) = InputFiles.ReadSlate(slatePath, settings.Projections, settings.Site);
        }
        else
        {
            (salary, projections) = (job!.Args.Slate, settings.Projections is { } p ? ProjectionFileReader.Read(InputFiles.Require(p, "--projections")) : job.Args.Projections);
        }

        var slate = SlateAssembler.Assemble(salary, projections);
        if (settings.Projections is { } sheet) notes.AddRange(ProjectionSalaryCheck.Compare(slate, InputFiles.Require(sheet, "--projections")));
        IReadOnlyList<Lineup> lineups;
        if (settings.Lineups is { } lineupsPath)
        {
            lineups = LineupFileReader.Read(InputFiles.Require(lineupsPath, "--lineups"), slate);
        }
        else
        {
            lineups = job!.Lineups;
            var ids = slate.Drivers.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
            var missing = lineups.SelectMany(l => l.DriverIds).FirstOrDefault(i => !ids.Contains(i));
            if (missing is not null)
            {
                throw new ArgumentException($"Job #{job.Job.Id}'s lineups hold driver ID '{missing}', who is not in this slate: the job was built on another salary file.");
            }
        }

        var site = SiteRegistry.Get(salary.Site);
        DateOnly? date = settings.RaceDate is { } text ? InputFiles.ParseDate(text) : null;
        var race = settings.Track is not null || settings.TrackType is not null || settings.Laps is not null
            ? new RaceConfig(settings.Track, settings.TrackType, settings.Laps ?? 0, date)
            : job?.Args.Race ?? throw new ArgumentException("A contest simulates the race: give --track NAME or --track-type TYPE (and --laps L).");
        var contest = ContestSource.Load(settings.Contest!, site.Site);
        return new ContestArgs
        {
            Name = settings.Name ?? $"Contest: {(job is null ? Path.GetFileName(settings.Lineups) : $"job #{job.Job.Id}")}",
            Site = site,
            Scoring = settings.Scoring is null && job is not null && date is null ? job.Args.Scoring : ScoringTables.Resolve(site.Site, settings.Scoring, date ?? race.Date),
            Contest = contest,
            Lineups = lineups,
            Race = race,
            Sims = settings.Sims ?? SimulationDefaults.Simulations,
            Seed = settings.Seed ?? SimulationDefaults.Seed,
            FieldSeed = settings.FieldSeed ?? FieldDefaults.Seed,
            Device = JobHandlers.Documents.StoredNames.ToDevice(settings.Device, "--device"),
            Slate = salary,
            Projections = projections,
            SourceJob = job is null ? null : $"#{job.Job.Id}",
            Notes = notes,
        };
    }

}
