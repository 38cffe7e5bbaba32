using System.Text.Json;
using NascarDfs.App.Optimize;
using NascarDfs.App.Services;
using NascarDfs.App.Web.Api;
using NascarDfs.App.Web.Slates;
using NascarDfs.Domain.Scoring;
using NascarDfs.Domain.Sites;
using NascarDfs.Optimization.Portfolio;
using NascarDfs.Simulation;
using NascarDfs.Simulation.Tracks;

namespace NascarDfs.App.Web.Components.Pages.Optimize;

/// <summary>
/// The Optimize page's fields: every field of the job config and of the constraints object (groups, start ranges and
/// per-driver exposures as JSON), and the race for the simulation objectives and plain simulations.
/// <see cref="Validate"/> finds every mistake before anything is queued. Public (its methods are not) because the
/// objective fields component takes it as a parameter.
/// </summary>
public sealed class OptimizeForm
{
    public const int MaxLineups = NascarDfs.Domain.Limits.InputLimits.LineupsPerRequest;

    /// <summary>The page's range of simulations: enough races for stable tails, few enough to finish in seconds to a minute.</summary>
    public const int MinSims = 100;

    public const int MaxSims = 100_000;

    /// <summary>The kind and default-name word of a plain race simulation.</summary>
    public const string SimulationWord = "simulation";

    public string Name { get; set; } = "";

    public string Scoring { get; set; } = "";

    public string Objective { get; set; } = "projection";

    public int Lineups { get; set; } = PortfolioRequest.DefaultLineups;

    public int? MinSalary { get; set; }

    public int? MaxSalary { get; set; }

    public double? MinExposure { get; set; }

    public double? MaxExposure { get; set; }

    public int? MaxRepeating { get; set; }

    public double? MaxOwnership { get; set; }

    public double Randomness { get; set; }

    public ulong? Seed { get; set; }

    public IReadOnlyCollection<string> Lock { get; set; } = [];

    public IReadOnlyCollection<string> Exclude { get; set; } = [];

    /// <summary>A track of the table (name or alias); takes precedence over <see cref="TrackType"/>.</summary>
    public string? Track { get; set; }

    /// <summary>A command-line track type name (superspeedway, intermediate, short-track, road-course, dirt).</summary>
    public string? TrackType { get; set; }

    public int? Laps { get; set; }

    /// <summary>The race date as an HTML date input gives it (yyyy-MM-dd); optional.</summary>
    public string? RaceDate { get; set; }

    public int Sims { get; set; } = SimulationDefaults.Simulations;

    /// <summary>The target score; empty for the default, 90% of the median simulated optimal score.</summary>
    public double? Target { get; set; }

    /// <summary>Whether the objective simulates the race (and the race fields apply).</summary>
    public bool IsSimulation => OptimizeService.SimulationObjectives.Contains(Objective);

    public static IReadOnlyList<string> Objectives => OptimizeService.Objectives;

    public static IReadOnlyList<string> TrackTypes => TrackTypeNames.All;

    /// <summary>The tracks whose name or an alias contains <paramref name="text"/> (all of them for empty text), by name.</summary>
    public static IEnumerable<string> SearchTracks(string? text) =>
        TrackTable.Tracks
            .Where(t => string.IsNullOrWhiteSpace(text) || t.Name.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase)
                || t.Aliases.Any(a => a.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase)))
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal);

    /// <summary><c>{"exposures": {...}, "groups": [...], "startRanges": [...]}</c>, the rest of the constraints object.</summary>
    public string MoreConstraints { get; set; } = "";

    /// <summary>The default name, "{race} {objective}" (SPEC §7).</summary>
    internal static string DefaultName(CurrentSlate slate, string objective) => $"{slate.Salary.RaceName ?? "Race"} {objective}";

    /// <summary>Switches the objective; a name still at its default follows it.</summary>
    internal void ChangeObjective(CurrentSlate? slate, string objective)
    {
        if (slate is not null && (string.IsNullOrWhiteSpace(Name) || Name == DefaultName(slate, Objective))) Name = DefaultName(slate, objective);
        Objective = objective;
    }

    public static IReadOnlyList<string> ScoringsFor(Site site) => [.. ScoringTables.All.Where(t => t.Site == site).Select(t => t.Name)];

    /// <summary>Field errors keyed by property name; "" holds errors about the whole request (conflicts). Empty when valid.</summary>
    internal Dictionary<string, string> Validate(CurrentSlate? slate)
    {
        var errors = new Dictionary<string, string>();
        if (slate is null)
        {
            errors[""] = "Import a slate first (Slate page).";
            return errors;
        }

        if (string.IsNullOrWhiteSpace(Name)) errors[nameof(Name)] = "Give the job a name.";
        if (Lineups is < 1 or > MaxLineups) errors[nameof(Lineups)] = $"1–{MaxLineups} lineups.";
        var cap = SiteRegistry.Get(slate.Salary.Site).SalaryCap;
        if (MinSalary is < 0 || MinSalary > cap) errors[nameof(MinSalary)] = $"0–{cap:N0}.";
        if (MaxSalary is < 0 || MaxSalary > cap) errors[nameof(MaxSalary)] = $"0–{cap:N0} (the cap).";
        if (MinSalary > MaxSalary) errors[nameof(MaxSalary)] = "At least the minimum salary.";
        if (MinExposure is < 0 or > 100) errors[nameof(MinExposure)] = "0–100 %.";
        if (MaxExposure is < 0 or > 100) errors[nameof(MaxExposure)] = "0–100 %.";
        if (MinExposure > MaxExposure) errors[nameof(MaxExposure)] = "At least the minimum exposure.";
        if (MaxRepeating is < 0) errors[nameof(MaxRepeating)] = "0 or more drivers.";
        if (MaxOwnership is < 0) errors[nameof(MaxOwnership)] = "0 or more.";
        if (Randomness is < 0 or > 100) errors[nameof(Randomness)] = "0–100 %.";
        if (Lock.Intersect(Exclude).FirstOrDefault() is { } both) errors[nameof(Exclude)] = $"{both} is both locked and excluded.";
        if (!TryReadMore(out var more, out var problem)) errors[nameof(MoreConstraints)] = problem!;
        if (IsSimulation) ValidateRace(errors);
        if (errors.Count > 0) return errors;

        var conflicts = JobSubmissions.Check(ToConfig(slate, more));
        if (conflicts.Count > 0) errors[""] = string.Join(" ", conflicts);
        return errors;
    }

    /// <summary>Errors of a plain simulation (<see cref="ToSimulationConfig"/>): the name and the race fields.</summary>
    internal Dictionary<string, string> ValidateSimulation(CurrentSlate? slate)
    {
        var errors = new Dictionary<string, string>();
        if (slate is null)
        {
            errors[""] = "Import a slate first (Slate page).";
            return errors;
        }

        if (string.IsNullOrWhiteSpace(Name)) errors[nameof(Name)] = "Give the job a name.";
        ValidateRace(errors);
        if (errors.Count > 0) return errors;
        var problems = JobSubmissions.CheckSimulation(ToSimulationConfig(slate));
        if (problems.Count > 0) errors[""] = string.Join(" ", problems);
        return errors;
    }

    private void ValidateRace(Dictionary<string, string> errors)
    {
        if (!string.IsNullOrWhiteSpace(Track))
        {
            if (TrackTable.Find(Track) is null) errors[nameof(Track)] = $"'{Track.Trim()}' is not in the track table; pick a track from the list or give a track type.";
        }
        else if (string.IsNullOrWhiteSpace(TrackType))
        {
            errors[nameof(Track)] = "Give a track or a track type.";
        }
        else if (TrackTypeNames.Find(TrackType) is null)
        {
            errors[nameof(TrackType)] = $"One of: {string.Join(", ", TrackTypeNames.All)}.";
        }

        if (Laps is null or < 1 or > 2000) errors[nameof(Laps)] = "Laps: 1–2,000 (the scheduled laps).";
        if (!string.IsNullOrWhiteSpace(RaceDate) && ParseDate() is null) errors[nameof(RaceDate)] = "A date as yyyy-mm-dd.";
        if (Sims is < MinSims or > MaxSims) errors[nameof(Sims)] = $"{MinSims:N0}–{MaxSims:N0} simulations.";
        if (Target is <= 0) errors[nameof(Target)] = "A positive score, or empty for the default.";
    }

    /// <summary>The job config for a valid form.</summary>
    internal OptimizeJobConfig ToConfig(CurrentSlate slate)
    {
        TryReadMore(out var more, out _);
        return ToConfig(slate, more);
    }

    /// <summary>A <c>simulate</c> job's config: the same slate, scoring, race, simulations and seed. A name still at its
    /// default says "simulation" instead of the objective.</summary>
    internal OptimizeJobConfig ToSimulationConfig(CurrentSlate slate) => new()
    {
        Kind = JobSubmissions.SimulateKind,
        Name = Name == DefaultName(slate, Objective) ? DefaultName(slate, SimulationWord) : Name.Trim(),
        Site = SiteRegistry.Get(slate.Salary.Site).Name,
        Scoring = string.IsNullOrEmpty(Scoring) ? ScoringTables.Current(slate.Salary.Site).Name : Scoring,
        Objective = Objective,
        Seed = Seed ?? NewSeed(),
        Slate = slate.Salary,
        Projections = slate.Projections,
        Race = ToRace(),
        Sims = Sims,
    };

    // Drawn when the user gives none and noise or simulation needs one; stored in the config, so a re-run is identical (SPEC §9).
    private static ulong NewSeed() => (ulong)Random.Shared.NextInt64(1, int.MaxValue);

    private RaceConfig ToRace() =>
        string.IsNullOrWhiteSpace(Track)
            ? new RaceConfig(null, string.IsNullOrWhiteSpace(TrackType) ? null : TrackType.Trim(), Laps ?? 0, ParseDate())
            : new RaceConfig(Track.Trim(), null, Laps ?? 0, ParseDate());

    private DateOnly? ParseDate() =>
        DateOnly.TryParseExact(RaceDate?.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date
            : null;

    private OptimizeJobConfig ToConfig(CurrentSlate slate, PortfolioConstraints more) => new()
    {
        Name = Name.Trim(),
        Site = SiteRegistry.Get(slate.Salary.Site).Name,
        Scoring = string.IsNullOrEmpty(Scoring) ? ScoringTables.Current(slate.Salary.Site).Name : Scoring,
        Objective = Objective,
        Lineups = Lineups,
        Randomness = Randomness,
        Seed = Seed ?? (Randomness > 0 || Objective != "projection" ? NewSeed() : 0),
        Constraints = more with
        {
            MinSalary = MinSalary ?? more.MinSalary,
            MaxSalary = MaxSalary ?? more.MaxSalary,
            MinExposure = MinExposure ?? more.MinExposure,
            MaxExposure = MaxExposure ?? more.MaxExposure,
            MaxRepeating = MaxRepeating ?? more.MaxRepeating,
            MaxOwnership = MaxOwnership ?? more.MaxOwnership,
            Lock = [.. more.Lock, .. Lock],
            Exclude = [.. more.Exclude, .. Exclude],
        },
        Slate = slate.Salary,
        Projections = slate.Projections,
        Race = IsSimulation ? ToRace() : null,
        Sims = IsSimulation ? Sims : null,
        Target = IsSimulation ? Target : null,
    };

    private bool TryReadMore(out PortfolioConstraints constraints, out string? problem)
    {
        constraints = new PortfolioConstraints();
        problem = null;
        if (string.IsNullOrWhiteSpace(MoreConstraints)) return true;
        try
        {
            constraints = JsonSerializer.Deserialize<PortfolioConstraints>(MoreConstraints, AppJson.Strict) ?? constraints;
            return true;
        }
        catch (JsonException e)
        {
            problem = "Not a constraints object: " + e.Message.Split(" Path:")[0];
            return false;
        }
    }
}
