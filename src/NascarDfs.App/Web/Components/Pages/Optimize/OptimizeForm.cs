using System.Text.Json;
using NascarDfs.App.Optimize;
using NascarDfs.App.Services;
using NascarDfs.App.Web.Api;
using NascarDfs.App.Web.Slates;
using NascarDfs.Domain.Scoring;
using NascarDfs.Domain.Sites;
using NascarDfs.Optimization.Portfolio;

namespace NascarDfs.App.Web.Components.Pages.Optimize;

/// <summary>
/// The Optimize page's fields: every field of the job config and of the constraints object (groups, start ranges and
/// per-driver exposures as JSON). <see cref="Validate"/> finds every mistake before anything is queued.
/// </summary>
internal sealed class OptimizeForm
{
    public const int MaxLineups = 500;

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

    /// <summary><c>{"exposures": {...}, "groups": [...], "startRanges": [...]}</c>, the rest of the constraints object.</summary>
    public string MoreConstraints { get; set; } = "";

    /// <summary>The default name, "{race} {objective}" (SPEC §7).</summary>
    public static string DefaultName(CurrentSlate slate, string objective) => $"{slate.Salary.RaceName ?? "Race"} {objective}";

    public static IReadOnlyList<string> ScoringsFor(Site site) => [.. ScoringTables.All.Where(t => t.Site == site).Select(t => t.Name)];

    /// <summary>Field errors keyed by property name; "" holds errors about the whole request (conflicts). Empty when valid.</summary>
    public Dictionary<string, string> Validate(CurrentSlate? slate)
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
        if (errors.Count > 0) return errors;

        var conflicts = JobSubmissions.Check(ToConfig(slate, more));
        if (conflicts.Count > 0) errors[""] = string.Join(" ", conflicts);
        return errors;
    }

    /// <summary>The job config for a valid form.</summary>
    public OptimizeJobConfig ToConfig(CurrentSlate slate)
    {
        TryReadMore(out var more, out _);
        return ToConfig(slate, more);
    }

    private OptimizeJobConfig ToConfig(CurrentSlate slate, PortfolioConstraints more) => new()
    {
        Name = Name.Trim(),
        Site = SiteRegistry.Get(slate.Salary.Site).Name,
        Scoring = string.IsNullOrEmpty(Scoring) ? ScoringTables.Current(slate.Salary.Site).Name : Scoring,
        Objective = Objective,
        Lineups = Lineups,
        Randomness = Randomness,
        Seed = Seed ?? (Randomness > 0 ? (ulong)Random.Shared.NextInt64(1, int.MaxValue) : 0),
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
