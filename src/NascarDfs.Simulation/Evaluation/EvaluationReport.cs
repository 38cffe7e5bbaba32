using System.Globalization;
using NascarDfs.Simulation.Projections;

namespace NascarDfs.Simulation.Evaluation;

/// <summary>What <see cref="RaceEvaluator"/> found: the simulator, and a normal baseline beside it, scored on every Cup
/// points race of the window with projections and calibration from earlier races only.</summary>
/// <param name="From">First race date of the window.</param>
/// <param name="To">Last race date of the window (null: to the end of the logs).</param>
/// <param name="Simulations">Simulated races per real race.</param>
/// <param name="Seed">The seed (each race's own seed is derived from it and the race date).</param>
/// <param name="Calibration">Where the model's parameters came from.</param>
/// <param name="ScheduledLapsRule">How each race's scheduled laps were derived.</param>
/// <param name="Baseline">The normal baseline's standard deviations (fitted before the window).</param>
/// <param name="Races">Every race evaluated, in date order.</param>
/// <param name="Skipped">Cup races of the window left out, and why.</param>
/// <param name="Overall">Scores over every race.</param>
/// <param name="ByType">Scores per track type (types with races in the window).</param>
public sealed record EvaluationReport(
    DateOnly From,
    DateOnly? To,
    int Simulations,
    ulong Seed,
    string Calibration,
    string ScheduledLapsRule,
    NormalBaseline Baseline,
    IReadOnlyList<EvaluatedRace> Races,
    IReadOnlyList<SkippedRace> Skipped,
    EvaluationSection Overall,
    IReadOnlyList<EvaluationSection> ByType)
{
    /// <summary>The history projector's grid weight per track type (fitted on the races before the window unless the
    /// options said otherwise), by type name.</summary>
    public IReadOnlyDictionary<string, double> GridWeights { get; init; } = new Dictionary<string, double>();

    /// <summary>The history projector's front-of-grid bonuses per track type (DraftKings points for grid slots 1, 2, …),
    /// fitted as the grid weights, by type name.</summary>
    public IReadOnlyDictionary<string, double[]> FrontBonuses { get; init; } = new Dictionary<string, double[]>();

    /// <summary>The history projector's same-type and same-track multipliers per track type, fitted as the grid weights,
    /// by type name.</summary>
    public IReadOnlyDictionary<string, HistoryWeights> HistoryWeights { get; init; } = new Dictionary<string, HistoryWeights>();

    /// <summary>The race model's bars (<see cref="ModelBars"/>) on this window, each with the share of reference windows
    /// that met it when any ran.</summary>
    public IReadOnlyList<ModelBar> Bars { get; init; } = [];

    /// <summary>Reference windows run (<see cref="EvaluationOptions.ReferenceWindows"/>); 0: none.</summary>
    public int ReferenceWindows { get; init; }

    /// <summary>Bars met in each reference window, in window order (as many as <see cref="ReferenceWindows"/>).</summary>
    public IReadOnlyList<int> ReferenceBarsMet { get; init; } = [];

    /// <summary>How the window's races were projected, in one sentence (the terminal and the app's report page).</summary>
    public string ProjectionsRule()
    {
        static string N(double x) => x.ToString("0.##", CultureInfo.InvariantCulture);
        return "history projector, earlier races only; real starting grid; grid weight "
            + string.Join(", ", GridWeights.Select(kv => $"{kv.Key} {N(kv.Value)}"))
            + "; front-of-grid bonus (DK points, slots 1–3) "
            + string.Join(", ", FrontBonuses.Where(kv => kv.Value.Length > 0).Select(kv => $"{kv.Key} {string.Join("/", kv.Value.Select(b => b.ToString("F1", CultureInfo.InvariantCulture)))}"))
            + "; earlier races weighted ×type/×track "
            + string.Join(", ", HistoryWeights.Select(kv => $"{kv.Key} {N(kv.Value.SameType)}/{N(kv.Value.SameTrack)}"));
    }

    /// <summary>The starters whose real points fell outside their simulated p10–p90, furthest in the tails first (PIT
    /// nearest 0 or 1), at most <paramref name="max"/>: what the model missed, and how badly.</summary>
    public IReadOnlyList<(EvaluatedRace Race, EvaluatedDriver Driver)> Misses(int max) => [.. Races
        .SelectMany(r => r.Drivers.Select(d => (Race: r, Driver: d)))
        .Where(x => !x.Driver.Covered)
        .OrderByDescending(x => Math.Abs(x.Driver.Pit - 0.5))
        .Take(max)];

    /// <summary>The section of a track type by name (superspeedway, intermediate...), or null.</summary>
    public EvaluationSection? Type(string name) => ByType.FirstOrDefault(s => s.Name == name);
}
