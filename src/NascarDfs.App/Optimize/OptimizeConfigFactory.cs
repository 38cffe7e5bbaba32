using System.Security.Cryptography;
using System.Text.Json;
using NascarDfs.App.Cli;
using NascarDfs.App.Services;
using NascarDfs.Domain.Scoring;
using NascarDfs.Domain.Sites;
using NascarDfs.Domain.Slates;
using NascarDfs.Optimization.Portfolio;

namespace NascarDfs.App.Optimize;

/// <summary>Turns command-line options into an <see cref="OptimizeJobConfig"/>: reads the files, merges the constraints.</summary>
internal static class OptimizeConfigFactory
{
    /// <exception cref="InputFileException">A file is malformed.</exception>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    public static OptimizeJobConfig FromSettings(OptimizeSettings settings, string? name = null)
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
        var scoring = ScoringTables.Resolve(site.Site, settings.Scoring, raceDate);
        var objective = settings.Objective ?? "projection";
        if (!OptimizeService.Objectives.Contains(objective))
        {
            throw new ArgumentException($"Unknown objective '{objective}'. Use one of: {string.Join(", ", OptimizeService.Objectives)}.");
        }

        var randomness = settings.Randomness ?? 0;
        var seed = settings.Seed ?? (randomness > 0 || OptimizeService.SimulationObjectives.Contains(objective) ? DrawSeed() : 0);
        var race = settings.Track is not null || settings.TrackType is not null || settings.Laps is not null
            ? new RaceConfig(settings.Track, settings.TrackType, settings.Laps ?? 0, raceDate)
            : null;
        return new OptimizeJobConfig
        {
            Name = name ?? $"{salaryFile.RaceName ?? "Race"} {objective}",
            Site = site.Name,
            Scoring = scoring.Name,
            Objective = objective,
            Lineups = settings.Lineups ?? PortfolioRequest.DefaultLineups,
            Seed = seed,
            Randomness = randomness,
            MissingProjection = ParsePolicy(settings.MissingProjection),
            Constraints = MergeConstraints(settings),
            Slate = salaryFile,
            Projections = projections,
            Race = race,
            Sims = settings.Sims,
            Target = settings.Target,
        };
    }

    /// <summary>The constraints file, with the flags overriding its scalar fields and adding to its lock/exclude lists.</summary>
    public static PortfolioConstraints MergeConstraints(OptimizeSettings settings)
    {
        var fromFile = settings.Constraints is { } path ? ReadConstraints(path) : new PortfolioConstraints();
        return fromFile with
        {
            MinSalary = settings.MinSalary ?? fromFile.MinSalary,
            MaxSalary = settings.MaxSalary ?? fromFile.MaxSalary,
            MinExposure = settings.MinExposure ?? fromFile.MinExposure,
            MaxExposure = settings.MaxExposure ?? fromFile.MaxExposure,
            MaxRepeating = settings.MaxRepeating ?? fromFile.MaxRepeating,
            Lock = [.. fromFile.Lock, .. settings.Lock],
            Exclude = [.. fromFile.Exclude, .. settings.Exclude],
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
            throw new InputFileException(path, line, e.Path, "Not a valid constraints object: " + e.Message.Split(" Path:")[0]);
        }
    }

    private static MissingProjectionPolicy ParsePolicy(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "file-average" => MissingProjectionPolicy.FileAverage,
        "zero" => MissingProjectionPolicy.Zero,
        "exclude" => MissingProjectionPolicy.Exclude,
        _ => throw new ArgumentException($"Unknown --missing-projection '{text}'. Use file-average, zero or exclude."),
    };

    private static ulong DrawSeed() => (ulong)RandomNumberGenerator.GetInt32(1, int.MaxValue);
}
