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
/// The Optimize page's fields: every field of the job's arguments and of the constraints object, and the race for the
/// simulation objectives and plain simulations. Groups and start ranges are edited as rows (<see cref="Groups"/>,
/// <see cref="StartRanges"/>), per-driver exposures in the Slate table; <see cref="MoreConstraints"/> is the same as JSON
/// (the advanced view), kept in sync both ways (<see cref="WriteJson"/>, <see cref="ApplyJson"/>).
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

    /// <summary>The group builder's rows (the JSON's <c>groups</c>).</summary>
    public List<GroupRow> Groups { get; } = [];

    /// <summary>The start-range rows (the JSON's <c>startRanges</c>).</summary>
    public List<StartRangeRow> StartRanges { get; } = [];

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
        foreach (var (key, problems) in RowProblems(slate)) errors[key] = string.Join(" ", problems);
        if (IsSimulation) ValidateRace(errors);
        if (errors.Count > 0) return errors;

        var check = OptimizeService.Check(ToArgs(slate, more));
        if (check.Plan is null) errors[""] = string.Join(" ", check.Problems);
        Plan = check.Plan;
        return errors;
    }

    /// <summary>The key of a group row's problems in <see cref="Validate"/>'s errors.</summary>
    internal static string GroupKey(int index) => $"{nameof(Groups)}[{index}]";

    /// <summary>The key of a start-range row's problems.</summary>
    internal static string RangeKey(int index) => $"{nameof(StartRanges)}[{index}]";

    /// <summary>
    /// What is wrong with each group and start-range row, by <see cref="GroupKey"/> / <see cref="RangeKey"/> (rows without a
    /// problem left out): a range without its positions, and the portfolio rules' own checks of the row against the slate
    /// (the same sentences the command line and the API give: a row's conflicts are those the rules find with the row and
    /// not without it). The page shows them live under each row.
    /// </summary>
    internal Dictionary<string, IReadOnlyList<string>> RowProblems(CurrentSlate? slate) => RowProblems(slate?.Assemble());

    /// <inheritdoc cref="RowProblems(CurrentSlate?)"/>
    internal Dictionary<string, IReadOnlyList<string>> RowProblems(NascarDfs.Domain.Slates.Slate? assembled)
    {
        var problems = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (assembled is null || Groups.Count + StartRanges.Count == 0) return problems;
        var lineups = Math.Clamp(Lineups, 1, MaxLineups);
        var none = Conflicts(assembled, lineups, new PortfolioConstraints());
        for (var i = 0; i < Groups.Count; i++)
        {
            var found = Conflicts(assembled, lineups, new PortfolioConstraints { Groups = [Groups[i].ToGroup()] }).Except(none).ToList();
            if (found.Count > 0) problems[GroupKey(i)] = found;
        }

        for (var i = 0; i < StartRanges.Count; i++)
        {
            List<string> found = StartRanges[i].ToRange() is { } range
                ? [.. Conflicts(assembled, lineups, new PortfolioConstraints { StartRanges = [range] }).Except(none)]
                : ["Give the first and the last starting position of the range."];
            if (found.Count > 0) problems[RangeKey(i)] = found;
        }

        return problems;
    }

    private static IReadOnlyList<string> Conflicts(NascarDfs.Domain.Slates.Slate slate, int lineups, PortfolioConstraints constraints)
    {
        try
        {
            return PortfolioOptimizer.FindConflicts(new PortfolioRequest(slate, lineups, constraints));
        }
        catch (ArgumentException e)
        {
            return [NascarDfs.App.JobHandlers.JsonProblem.Sentence(e)];
        }
    }

    /// <summary>
    /// Writes the editors into <see cref="MoreConstraints"/>: the group and start-range rows, and the slate's per-driver
    /// exposures (the Slate table's Min % / Max %, by driver name), keeping any other field the JSON holds. The JSON as
    /// typed stays when it does not read, unless <paramref name="force"/> (an editor changed: the latest change wins).
    /// </summary>
    internal void WriteJson(CurrentSlate? slate, bool force = true)
    {
        if (!TryReadMore(out var more, out _))
        {
            if (!force) return;
            more = new PortfolioConstraints();
        }

        var exposures = more.Exposures;
        if (slate is not null)
        {
            var assembled = slate.Assemble();
            exposures = assembled.Drivers.Where(d => d.MinExposure is not null || d.MaxExposure is not null)
                .ToDictionary(d => ReferenceOf(assembled, d), d => new ExposureLimit(d.MinExposure, d.MaxExposure), StringComparer.Ordinal);
        }

        more = more with
        {
            Exposures = exposures,
            Groups = [.. Groups.Select(g => g.ToGroup())],
            StartRanges = [.. StartRanges.Select(r => r.ToRange()).OfType<StartRange>()],
        };
        MoreConstraints = Compact(JsonSerializer.SerializeToNode(more, AppJson.Options)!);
    }

    /// <summary>
    /// Reads JSON typed in the advanced view into the editors: the rows are replaced by its groups and start ranges (drivers
    /// shown by name), and <paramref name="exposures"/> gets its per-driver exposures by driver ID, each checked as the
    /// Slate table checks it, for the page to put on the slate. Null when it was read; else the sentence why not (the
    /// text is kept as typed and the editors stay as they were).
    /// </summary>
    internal string? ApplyJson(string? text, CurrentSlate? slate, out IReadOnlyDictionary<string, ExposureLimit> exposures)
    {
        exposures = new Dictionary<string, ExposureLimit>();
        MoreConstraints = text ?? "";
        if (!TryReadMore(out var more, out var problem)) return problem;
        List<GroupRow> groups;
        var byId = new Dictionary<string, ExposureLimit>(StringComparer.Ordinal);
        try
        {
            var assembled = slate?.Assemble();
            string Name(string reference) => assembled is null ? reference : NascarDfs.Domain.Slates.SlateAssembler.ResolveDriver(assembled, reference).Name;
            groups = [.. more.Groups.Select(g => GroupRow.Of(g, Name))];
            if (assembled is not null)
            {
                foreach (var (reference, limit) in more.Exposures)
                {
                    var driver = NascarDfs.Domain.Slates.SlateAssembler.ResolveDriver(assembled, reference);
                    var edit = CurrentSlateStore.Edit(driver) with { MinExposure = limit.Min, MaxExposure = null };
                    var reason = (limit.Min is { } min ? DriverFields.Check(edit with { MinExposure = null }, DriverField.MinExposure, min) : null)
                        ?? (limit.Max is { } max ? DriverFields.Check(edit, DriverField.MaxExposure, max) : null);
                    if (reason is not null) return $"In the JSON's exposures, {driver.Name}: {reason}";
                    byId[driver.Id] = limit;
                }
            }
        }
        catch (ArgumentException e)
        {
            return "In the JSON: " + NascarDfs.App.JobHandlers.JsonProblem.Sentence(e);
        }

        Groups.Clear();
        Groups.AddRange(groups);
        StartRanges.Clear();
        StartRanges.AddRange(more.StartRanges.Select(StartRangeRow.Of));
        exposures = byId;
        return null;
    }

    // A driver by name where the name finds only him, else by ID.
    private static string ReferenceOf(NascarDfs.Domain.Slates.Slate slate, NascarDfs.Domain.Slates.Driver driver)
    {
        try
        {
            return NascarDfs.Domain.Slates.SlateAssembler.ResolveDriver(slate, driver.Name).Id == driver.Id ? driver.Name : driver.Id;
        }
        catch (ArgumentException)
        {
            return driver.Id;
        }
    }

    // The fields that say something: nulls left out, and empty lists and objects at the top; "" when nothing is left.
    private static string Compact(System.Text.Json.Nodes.JsonNode node)
    {
        static void StripNulls(System.Text.Json.Nodes.JsonNode? n)
        {
            if (n is System.Text.Json.Nodes.JsonObject o)
            {
                foreach (var (key, value) in o.ToList())
                {
                    if (value is null) o.Remove(key);
                    else StripNulls(value);
                }
            }
            else if (n is System.Text.Json.Nodes.JsonArray a)
            {
                foreach (var item in a) StripNulls(item);
            }
        }

        StripNulls(node);
        if (node is System.Text.Json.Nodes.JsonObject top)
        {
            foreach (var (key, value) in top.ToList())
            {
                if (value is System.Text.Json.Nodes.JsonArray { Count: 0 } or System.Text.Json.Nodes.JsonObject { Count: 0 }) top.Remove(key);
            }

            if (top.Count == 0) return "";
        }

        return node.ToJsonString(AppJson.Indented);
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
    /// marked "(re-run)". Locks and exclusions stay with the slate (the page applies them there: one source), and so do the
    /// per-driver exposures: the page reads <see cref="MoreConstraints"/> with <see cref="ApplyJson"/>.
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
        ProjectionSource = slate.ProjectionSource, // the history projector when the Slate page projected it (else what the rows imply)
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
        ProjectionSource = slate.ProjectionSource, // the history projector when the Slate page projected it (else what the rows imply)
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
