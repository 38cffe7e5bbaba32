using System.Text.Json;
using NascarDfs.App.Optimize;
using NascarDfs.App.Services;
using NascarDfs.App.Simulate;
using NascarDfs.App.Web.Slates;
using NascarDfs.Domain.Limits;
using NascarDfs.Domain.Scoring;
using NascarDfs.Domain.Sites;
using NascarDfs.Jobs;
using NascarDfs.Optimization.Portfolio;
using NascarDfs.Simulation;
using NascarDfs.Simulation.Tracks;

namespace NascarDfs.App.Web.Components.Pages.Optimize;

/// <summary>
/// The Optimize page's fields: every field of the job's arguments and of the constraints object (groups, start ranges and
/// per-driver exposures as JSON), and the race for the simulation objectives and plain simulations.
/// <see cref="Validate"/> puts each field's mistake on its field, then builds the arguments once and has the workflow
/// service check them once; the checked plan is what the page submits. Public (its methods are not) because the
/// objective fields component takes it as a parameter.
/// </summary>
public sealed class OptimizeForm
{
    public const int MaxLineups = InputLimits.LineupsPerRequest;

    public const int MinSims = 1;

    public const int MaxSims = InputLimits.SimulationsPerRequest;

    /// <summary>The default-name word of a plain race simulation.</summary>
    public const string SimulationWord = "simulation";

    public string Name { get; set; } = "";

    public string Scoring { get; set; } = "";

    public Objective Objective { get; set; } = Objective.Projection;

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
    public bool IsSimulation => Objective.IsSimulated();

    // roi needs a contest: the Contest page builds it (from a finished job's slate, projections and constraints).
    public static IReadOnlyList<Objective> Objectives => [.. ObjectiveNames.All.Where(o => o != Objective.Roi)];

    public static IReadOnlyList<string> TrackTypes => TrackTypeNames.All;

    /// <summary><c>{"exposures": {...}, "groups": [...], "startRanges": [...]}</c>, the rest of the constraints object.</summary>
    public string MoreConstraints { get; set; } = "";

    /// <summary>The optimization <see cref="Validate"/> built and checked; null until it found no mistake.</summary>
    internal OptimizePlan? Plan { get; private set; }

    /// <summary>The simulation <see cref="ValidateSimulation"/> built and checked.</summary>
    internal SimulatePlan? SimulationPlan { get; private set; }

    /// <summary>The tracks whose name or an alias contains <paramref name="text"/> (all of them for empty text), by name.</summary>
    public static IEnumerable<string> SearchTracks(string? text) =>
        TrackTable.Tracks
            .Where(t => string.IsNullOrWhiteSpace(text) || t.Name.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase)
                || t.Aliases.Any(a => a.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase)))
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal);

    /// <summary>The default name, "{race} {objective}" (SPEC §7).</summary>
    internal static string DefaultName(CurrentSlate slate, string word) => $"{slate.Salary.RaceName ?? "Race"} {word}";

    /// <summary>Switches the objective; a name still at its default follows it.</summary>
    internal void ChangeObjective(CurrentSlate? slate, Objective objective)
    {
        if (slate is not null && (string.IsNullOrWhiteSpace(Name) || Name == DefaultName(slate, Objective.Name()))) Name = DefaultName(slate, objective.Name());
        Objective = objective;
    }

    public static IReadOnlyList<string> ScoringsFor(Site site) => [.. ScoringTables.All.Where(t => t.Site == site).Select(t => t.Name)];

    /// <summary>
    /// Field errors keyed by property name; "" holds errors about the whole request (conflicts). Empty when valid, and then
    /// <see cref="Plan"/> holds the checked arguments.
    /// </summary>
    internal Dictionary<string, string> Validate(CurrentSlate? slate)
    {
        Plan = null;
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

        var check = OptimizeService.Check(ToArgs(slate, more));
        if (check.Plan is null) errors[""] = string.Join(" ", check.Problems);
        Plan = check.Plan;
        return errors;
    }

    /// <summary>Errors of a plain simulation: the name and the race fields; when none, <see cref="SimulationPlan"/> is set.</summary>
    internal Dictionary<string, string> ValidateSimulation(CurrentSlate? slate)
    {
        SimulationPlan = null;
        var errors = new Dictionary<string, string>();
        if (slate is null)
        {
            errors[""] = "Import a slate first (Slate page).";
            return errors;
        }

        if (string.IsNullOrWhiteSpace(Name)) errors[nameof(Name)] = "Give the job a name.";
        ValidateRace(errors);
        if (errors.Count > 0) return errors;
        var check = SimulateService.Check(ToSimulationArgs(slate));
        if (check.Plan is null) errors[""] = string.Join(" ", check.Problems);
        SimulationPlan = check.Plan;
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

        // Empty laps are the track type's typical race, as on the command line and in the API (issue 13 defect 9).
        if (Laps is < 1 or > InputLimits.RaceLaps) errors[nameof(Laps)] = $"Laps: 1–{InputLimits.RaceLaps:N0} (the scheduled laps), or empty for the typical race.";
        if (!string.IsNullOrWhiteSpace(RaceDate) && ParseDate() is null) errors[nameof(RaceDate)] = "A date as yyyy-mm-dd.";
        if (Sims is < MinSims or > MaxSims) errors[nameof(Sims)] = $"{MinSims:N0}–{MaxSims:N0} simulations.";
        if (Target is <= 0) errors[nameof(Target)] = "A positive score, or empty for the default.";
    }

    /// <summary>What empty laps mean for the race as given: "default: 188 laps (a superspeedway's typical race)".</summary>
    public string LapsHelp
    {
        get
        {
            try
            {
                var race = ToRace() with { Laps = 0 };
                return race.Track is null && race.TrackType is null ? "default: the track type's typical race" : $"default: {race.Resolve().Laps} laps (the typical race)";
            }
            catch (ArgumentException)
            {
                return "default: the track type's typical race";
            }
        }
    }

    /// <summary>
    /// Fills an empty race from the slate (issue 13 defect 9): the track (and laps) its <c>Game Info</c> names when it names a
    /// known race, the date from a file name that starts with one (<c>2023-03-05-las-vegas.DKSalaries.csv</c>). Fields the
    /// user set are kept.
    /// </summary>
    internal void PrefillRace(CurrentSlate slate)
    {
        if (string.IsNullOrWhiteSpace(Track) && string.IsNullOrWhiteSpace(TrackType) && RaceNames.Find(slate.Salary.RaceName) is { } race)
        {
            Track = race.Track;
            Laps ??= race.Laps;
        }

        var file = Path.GetFileName(slate.Salary.FileName);
        if (string.IsNullOrWhiteSpace(RaceDate) && file.Length >= 10
            && DateOnly.TryParseExact(file[..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
        {
            RaceDate = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary>
    /// The settings of an optimize job, for Edit &amp; re-run (issue 13 defect 13): every field as the job had it, the name
    /// marked "(re-run)". Locks and exclusions stay with the slate (the page applies them there: one source).
    /// </summary>
    internal void LoadFrom(OptimizeArgs args)
    {
        var c = args.Constraints;
        Name = JobService.RerunName(args.Name);
        Scoring = args.Scoring.Name;
        Objective = args.Objective;
        Lineups = args.Lineups;
        (MinSalary, MaxSalary, MinExposure, MaxExposure, MaxRepeating, MaxOwnership) = (c.MinSalary, c.MaxSalary, c.MinExposure, c.MaxExposure, c.MaxRepeating, c.MaxOwnership);
        Randomness = args.Randomness;
        Seed = args.Randomness > 0 || args.Objective.IsSimulated() ? args.Seed : null;
        Lock = [];
        Exclude = [];
        MoreConstraints = MoreConstraintsOf(c);
        LoadRace(args.Race);
        Sims = args.Sims;
        Target = args.Target;
    }

    /// <summary>The settings of a simulate job (the race, simulations, seed), for Edit &amp; re-run.</summary>
    internal void LoadFrom(SimulateArgs args)
    {
        Name = JobService.RerunName(args.Name);
        Scoring = args.Scoring.Name;
        if (!Objective.IsSimulated()) Objective = Objective.Coverage;
        LoadRace(args.Race);
        Sims = args.Sims;
        Seed = args.Seed;
    }

    private void LoadRace(RaceConfig? race)
    {
        Track = race?.Track;
        TrackType = race?.TrackType;
        Laps = race is { Laps: > 0 } ? race.Laps : null;
        RaceDate = race?.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    // The constraints the JSON box holds (exposures, groups, start ranges), empty when there are none.
    private static string MoreConstraintsOf(PortfolioConstraints c)
    {
        var more = new Dictionary<string, object>(StringComparer.Ordinal);
        if (c.Exposures.Count > 0) more["exposures"] = c.Exposures;
        if (c.Groups.Count > 0) more["groups"] = c.Groups;
        if (c.StartRanges.Count > 0) more["startRanges"] = c.StartRanges;
        return more.Count == 0 ? "" : JsonSerializer.Serialize(more, AppJson.Options);
    }

    /// <summary>
    /// A <c>simulate</c> job's arguments: the same slate, scoring, race, simulations and seed. A name still at its default
    /// says "simulation" instead of the objective.
    /// </summary>
    private SimulateArgs ToSimulationArgs(CurrentSlate slate) => new()
    {
        Name = Name == DefaultName(slate, Objective.Name()) ? DefaultName(slate, SimulationWord) : Name.Trim(),
        Site = SiteRegistry.Get(slate.Salary.Site),
        Scoring = ScoringOf(slate),
        Seed = Seeds.Resolve(Seed, needed: true),
        Slate = slate.Salary,
        Projections = slate.Projections,
        Race = ToRace(),
        Sims = Sims,
    };

    private ScoringTable ScoringOf(CurrentSlate slate) => string.IsNullOrEmpty(Scoring) ? ScoringTables.Current(slate.Salary.Site) : ScoringTables.Parse(Scoring);

    private RaceConfig ToRace() =>
        string.IsNullOrWhiteSpace(Track)
            ? new RaceConfig(null, string.IsNullOrWhiteSpace(TrackType) ? null : TrackType.Trim(), Laps ?? 0, ParseDate())
            : new RaceConfig(Track.Trim(), null, Laps ?? 0, ParseDate());

    private DateOnly? ParseDate() =>
        DateOnly.TryParseExact(RaceDate?.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date
            : null;

    private OptimizeArgs ToArgs(CurrentSlate slate, PortfolioConstraints more) => new()
    {
        Name = Name.Trim(),
        Site = SiteRegistry.Get(slate.Salary.Site),
        Scoring = ScoringOf(slate),
        Objective = Objective,
        Lineups = Lineups,
        Randomness = Randomness,
        Seed = Seeds.Resolve(Seed, Randomness > 0 || IsSimulation),
        Constraints = new ConstraintOverrides
        {
            MinSalary = MinSalary,
            MaxSalary = MaxSalary,
            MinExposure = MinExposure,
            MaxExposure = MaxExposure,
            MaxRepeating = MaxRepeating,
            MaxOwnership = MaxOwnership,
            Lock = Lock,
            Exclude = Exclude,
        }.ApplyTo(more),
        Slate = slate.Salary,
        Projections = slate.Projections,
        Race = IsSimulation ? ToRace() : null,
        Sims = Sims,
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
            problem = "Not a constraints object: " + NascarDfs.App.JobHandlers.JsonProblem.Describe(e);
            return false;
        }
    }
}
