using System.Text.Json;
using NascarDfs.App.JobHandlers.Documents;
using NascarDfs.App.Optimize;
using NascarDfs.App.Services;
using NascarDfs.App.Simulate;
using NascarDfs.Contests.Definitions;
using NascarDfs.Contests.Field;
using NascarDfs.Domain.Scoring;
using NascarDfs.Domain.Sites;
using NascarDfs.Domain.Slates;
using NascarDfs.Optimization.Portfolio;
using NascarDfs.Simulation;
using NascarDfs.Simulation.Projections;

namespace NascarDfs.App.Cli;

/// <summary>Turns command-line options into job arguments: reads the files, merges the constraints, draws a missing seed.</summary>
internal static class OptimizeArgsFactory
{
    /// <exception cref="InputFileException">A file is malformed.</exception>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    public static OptimizeArgs Optimize(OptimizeSettings settings)
    {
        var inputs = Read(settings);
        var objective = settings.Objective is { } name ? ObjectiveNames.Parse(name) : Objective.Projection;
        var randomness = settings.Randomness ?? 0;
        return new OptimizeArgs
        {
            Name = settings.Name ?? $"{inputs.Salary.RaceName ?? "Race"} {objective.Name()}",
            Site = inputs.Site,
            Scoring = inputs.Scoring,
            Objective = objective,
            Lineups = settings.Lineups ?? PortfolioRequest.DefaultLineups,
            Seed = Seeds.Resolve(settings.Seed, randomness > 0 || objective.IsSimulated()),
            Device = StoredNames.ToDevice(settings.Device, "--device"),
            Randomness = randomness,
            MissingProjection = ParsePolicy(settings.MissingProjection),
            Constraints = Overrides(settings).ApplyTo(settings.Constraints is { } path ? ReadConstraints(path) : new PortfolioConstraints()),
            Slate = inputs.Salary,
            Projections = inputs.Projections.File,
            ProjectionSource = inputs.Projections.Source,
            Race = inputs.Race,
            Sims = settings.Sims ?? SimulationDefaults.Simulations,
            Target = settings.Target,
            Contest = settings.Contest is { } contest ? ContestSource.Load(contest, inputs.Site.Site) : null,
            FieldSeed = settings.FieldSeed ?? FieldDefaults.Seed,
        };
    }

    /// <summary>A queued simulation of the same options (<c>jobs submit simulate</c>); the race is required.</summary>
    public static SimulateArgs Simulate(OptimizeSettings settings)
    {
        var inputs = Read(settings);
        return new SimulateArgs
        {
            Name = settings.Name ?? $"{inputs.Salary.RaceName ?? "Race"} simulation",
            Site = inputs.Site,
            Scoring = inputs.Scoring,
            Race = inputs.Race ?? throw new ArgumentException("A simulation needs the race: give --track NAME or --track-type TYPE (and --laps L)."),
            Sims = settings.Sims ?? SimulationDefaults.Simulations,
            Seed = Seeds.Resolve(settings.Seed, needed: true),
            Device = StoredNames.ToDevice(settings.Device, "--device"),
            MissingProjection = ParsePolicy(settings.MissingProjection),
            Slate = inputs.Salary,
            Projections = inputs.Projections.File,
            ProjectionSource = inputs.Projections.Source,
        };
    }

    public static PortfolioConstraints ReadConstraints(string path)
    {
        var text = File.ReadAllText(InputFiles.Require(path, "--constraints"));
        try
        {
            return JsonSerializer.Deserialize<PortfolioConstraints>(text, AppJson.Strict)
                ?? throw new InputFileException(path, 1, null, "The constraints file is empty (null).");
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            throw new InputFileException(path, line, null, "Not a valid constraints object: " + JobHandlers.JsonProblem.Describe(e));
        }
    }

    private static ConstraintOverrides Overrides(OptimizeSettings settings) => new()
    {
        MinSalary = settings.MinSalary,
        MaxSalary = settings.MaxSalary,
        MinExposure = settings.MinExposure,
        MaxExposure = settings.MaxExposure,
        MaxRepeating = settings.MaxRepeating,
        Lock = settings.Lock,
        Exclude = settings.Exclude,
    };

    private static Inputs Read(OptimizeSettings settings)
    {
        var (salaryFile, projections) = settings.Sample
            ? (SampleSlate.SalaryFile(), settings.Projections is { } own ? ProjectionFileReader.Read(InputFiles.Require(own, "--projections")) : SampleSlate.Projections())
            : InputFiles.ReadSlate(settings.Slate!, settings.Projections, settings.Site);
        var site = SiteRegistry.Get(salaryFile.Site);
        if (settings.Sample && settings.Site is { } requested && SiteRegistry.Parse(requested).Site != site.Site)
        {
            throw new ArgumentException($"The sample is a {site.DisplayName} slate, but --site says {requested}.");
        }

        DateOnly? raceDate = settings.RaceDate is { } text ? InputFiles.ParseDate(text) : null;
        var race = settings.Track is not null || settings.TrackType is not null || settings.Laps is not null
            ? new RaceConfig(settings.Track, settings.TrackType, settings.Laps ?? 0, raceDate)
            : null;
        var scoring = ScoringTables.Resolve(site.Site, settings.Scoring, raceDate);
        var resolved = ProjectionInputs.Resolve(salaryFile, scoring, projections, settings.History, settings.Track, settings.TrackType, raceDate, settings.Starts);
        foreach (var warning in resolved.Warnings) Console.Error.WriteLine("Warning: " + warning);
        Console.Error.WriteLine(resolved.Source + ".");
        return new Inputs(salaryFile, resolved, site, scoring, race);
    }

    private static MissingProjectionPolicy ParsePolicy(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "file-average" => MissingProjectionPolicy.FileAverage,
        "zero" => MissingProjectionPolicy.Zero,
        "exclude" => MissingProjectionPolicy.Exclude,
        _ => throw new ArgumentException($"Unknown --missing-projection '{text}'. Use file-average, zero or exclude."),
    };

    private sealed record Inputs(SalaryFile Salary, ResolvedProjections Projections, SiteRules Site, ScoringTable Scoring, RaceConfig? Race);
}
