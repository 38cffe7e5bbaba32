using System.Globalization;
using System.Text.Json.Serialization;

namespace NascarDfs.Simulation.Evaluation;

/// <summary>How a bar's value is written and how far a value is from the bar's target.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<BarUnit>))]
public enum BarUnit
{
    /// <summary>A share written as a percentage with one decimal (78.5%).</summary>
    Percent,

    /// <summary>A rare share, two decimals (1.45%).</summary>
    SmallPercent,

    /// <summary>A ratio of two values, three decimals; distance on the log scale.</summary>
    Ratio,

    /// <summary>A ratio of two standard deviations, two decimals; distance on the log scale.</summary>
    SdRatio,

    /// <summary>A difference of two shares in percentage points (+1.2).</summary>
    PointsDifference,

    /// <summary>A difference of two means, three decimals (+0.012).</summary>
    Difference,

    /// <summary>A skill score, three decimals (0.161); higher is better.</summary>
    Skill,

    /// <summary>A skill share as a percentage (1.2%); higher is better.</summary>
    SkillPercent,

    /// <summary>A gap, three decimals (0.058); lower is better.</summary>
    Gap,
}

/// <summary>One bar the simulator is held to on an evaluation window, and whether it met it.</summary>
/// <param name="Name">What is measured (<c>p10–p90 coverage</c>, <c>dnf-rate: sd ratio sim/real</c>...).</param>
/// <param name="Section"><c>overall</c> or the track type.</param>
/// <param name="Rule">The bar, as a person reads it (<c>78–82%</c>).</param>
/// <param name="Measured">The measured value (a share as 0–1).</param>
/// <param name="Target">What a perfect forecast aims at (0.80 for the coverage, 1 for a ratio, 0 for a difference or
/// a gap); for a skill, the bar itself (higher is better).</param>
/// <param name="Unit">How the value is written and how distance from the target is measured.</param>
/// <param name="Met">Whether the value meets the bar.</param>
public sealed record ModelBar(string Name, string Section, string Rule, double Measured, double Target, BarUnit Unit, bool Met)
{
    /// <summary>The measured value as the rule writes it.</summary>
    public string Value => ModelBars.Format(Measured, Unit);

    /// <summary>The share of reference windows (<see cref="EvaluationOptions.ReferenceWindows"/>) in which the model,
    /// scored against races drawn from itself, met this bar: how often a perfect model would on a window of this size.
    /// Null when no reference window ran.</summary>
    public double? ReferenceMet { get; init; }

    /// <summary>The share of reference windows whose value is at least as far from the target as this window's (for a
    /// skill: at least as low): near 0, the miss is the model's; well above 0.05, a perfect model misses as far.</summary>
    public double? ReferenceAsFar { get; init; }

    /// <summary>The median value over the reference windows: what a perfect model measures on a window of this size.</summary>
    public double? ReferenceMedian { get; init; }

    /// <summary>How far <paramref name="value"/> is from the target (for a skill: the lower the further).</summary>
    public double Distance(double value) => Unit switch
    {
        BarUnit.Ratio or BarUnit.SdRatio => value > 0 ? Math.Abs(Math.Log(value / Target)) : double.PositiveInfinity,
        BarUnit.Skill or BarUnit.SkillPercent => -value,
        _ => Math.Abs(value - Target),
    };
}

/// <summary>
/// The bars of the race model (issue 9), in one place: the evaluation checks them on every window, the terminal and
/// the app show them, the tests assert them. Per-type bars cover the track types with at least
/// <see cref="MinTypeRaces"/> races in the window.
/// <para>Race metric means are held to two standard errors of the window's real mean (real race-to-race sd ÷ √races):
/// the window's own sampling error, which a perfect model's mean misses one time in twenty; the calibration's
/// in-sample tolerances (CalibrationReportTests) are far tighter than that on 11–26 races per type.</para>
/// </summary>
public static class ModelBars
{
    /// <summary>Track types with fewer races in the window get no per-type bars.</summary>
    public const int MinTypeRaces = 5;

    private static readonly string[] Quantities = ["winner-points", "top6-sum"];
    private static readonly string[] JointFacts = ["winner-led-most", "winner-most-fastest", "top-scorer-won"];

    /// <summary>Every bar on the sections of one evaluation (overall, then each track type).</summary>
    public static IReadOnlyList<ModelBar> Check(EvaluationSection overall, IReadOnlyList<EvaluationSection> byType)
    {
        var bars = new List<ModelBar>();
        var types = byType.Where(t => t.Races >= MinTypeRaces).ToList();
        void Add(string name, EvaluationSection s, string rule, double value, double target, BarUnit unit, bool met) =>
            bars.Add(new ModelBar(name, s.Name, rule, value, target, unit, met));
        void Range(string name, EvaluationSection s, string rule, double value, double target, BarUnit unit, double lo, double hi) =>
            Add(name, s, rule, value, target, unit, value >= lo && value <= hi);

        Range("p10–p90 coverage", overall, "78–82%", overall.Model.Coverage80, 0.80, BarUnit.Percent, 0.78, 0.82);
        foreach (var t in types) Range("p10–p90 coverage", t, "76–84%", t.Model.Coverage80, 0.80, BarUnit.Percent, 0.76, 0.84);
        Range("real points above sim p99", overall, "0.5–2%", overall.Model.AboveP99, 0.01, BarUnit.SmallPercent, 0.005, 0.02);
        var worst = overall.Model.PitDeciles.OrderByDescending(d => Math.Abs(d - 0.10)).First();
        Range("PIT deciles (furthest from 10%)", overall, "each 8–12%", worst, 0.10, BarUnit.Percent, 0.08, 0.12);
        Add("CRPS skill over the normal", overall, "≥ 3%", overall.CrpsSkill, 0.03, BarUnit.SkillPercent, overall.CrpsSkill >= 0.03);
        foreach (var market in new[] { "top5", "top10" })
        {
            var skill = overall.Probability(market).BrierSkill;
            Add($"Brier skill P({market})", overall, "≥ 0.14", skill, 0.14, BarUnit.Skill, skill >= 0.14);
        }

        foreach (var p in overall.Probabilities)
        {
            var gap = p.Reliability.Where(b => b.Cases >= 50).Select(b => b.Gap).DefaultIfEmpty(0).Max();
            Add($"reliability gap P({p.Market}), bins ≥ 50 cases", overall, "≤ 0.08", gap, 0, BarUnit.Gap, gap <= 0.08);
        }

        foreach (var name in Quantities)
        {
            var q = overall.Quantity(name);
            Range($"{name}: sim mean / real", overall, "0.95–1.05", q.RealMean > 0 ? q.SimMean / q.RealMean : double.NaN, 1, BarUnit.Ratio, 0.95, 1.05);
            Range($"{name}: real below sim p10", overall, "5–15%", q.RealBelowP10, 0.10, BarUnit.Percent, 0.05, 0.15);
            Range($"{name}: real above sim p90", overall, "5–15%", q.RealAboveP90, 0.10, BarUnit.Percent, 0.05, 0.15);
        }

        foreach (var name in JointFacts)
        {
            var f = overall.Fact(name);
            Range($"{name}: sim − real", overall, "± 8 points", f.Simulated - f.Real, 0, BarUnit.PointsDifference, -0.08, 0.08);
        }

        foreach (var t in types)
        {
            var f = t.Fact("pole-won");
            Range("pole-won: sim − real", t, "± 5 points", f.Simulated - f.Real, 0, BarUnit.PointsDifference, -0.05, 0.05);
        }

        foreach (var t in types)
        {
            foreach (var m in t.Metrics.Where(m => m.Races >= MinTypeRaces))
            {
                var tolerance = 2 * m.RealSd / Math.Sqrt(m.Races);
                Range($"{m.Name}: mean sim − real", t, $"± {F(tolerance, 3)} (2 se)", m.SimMean - m.RealMean, 0, BarUnit.Difference, -tolerance, tolerance);
                if (m.SdRatio is { } r) Range($"{m.Name}: sd ratio sim/real", t, "0.75–1.33", r, 1, BarUnit.SdRatio, 0.75, 1.33);
            }
        }

        return bars;
    }

    /// <summary>Sets each bar's reference figures from the bars of the reference windows (matched by name and section; a
    /// window without the bar does not count).</summary>
    public static IReadOnlyList<ModelBar> WithReference(IReadOnlyList<ModelBar> bars, IReadOnlyList<IReadOnlyList<ModelBar>> windows)
    {
        if (windows.Count == 0) return bars;
        var byKey = windows.Select(w => w.ToDictionary(b => (b.Name, b.Section))).ToList();
        return [.. bars.Select(b =>
        {
            var seen = byKey.Where(w => w.ContainsKey((b.Name, b.Section))).Select(w => w[(b.Name, b.Section)]).ToList();
            if (seen.Count == 0) return b;
            var far = b.Distance(b.Measured);
            var values = seen.Select(r => r.Measured).Order().ToList();
            return b with
            {
                ReferenceMet = Share(seen.Count(r => r.Met), seen.Count),
                ReferenceAsFar = Share(seen.Count(r => b.Distance(r.Measured) >= far), seen.Count),
                ReferenceMedian = values.Count % 2 == 1 ? values[values.Count / 2] : (values[values.Count / 2 - 1] + values[values.Count / 2]) / 2,
            };
        })];
    }

    /// <summary>A bar's value as its rule writes it.</summary>
    public static string Format(double value, BarUnit unit) => unit switch
    {
        BarUnit.Percent or BarUnit.SkillPercent => P(value, 1),
        BarUnit.SmallPercent => P(value, 2),
        BarUnit.Ratio or BarUnit.Skill or BarUnit.Gap => F(value, 3),
        BarUnit.SdRatio => F(value, 2),
        BarUnit.PointsDifference => (100 * value).ToString("+0.0;−0.0;0.0", CultureInfo.InvariantCulture),
        BarUnit.Difference => value.ToString("+0.000;−0.000;0.000", CultureInfo.InvariantCulture),
        _ => F(value, 3),
    };

    private static double Share(int count, int of) => Math.Round(count / (double)of, 4);

    private static string P(double share, int digits) => (100 * share).ToString("F" + digits, CultureInfo.InvariantCulture) + "%";

    private static string F(double x, int digits) => x.ToString("F" + digits, CultureInfo.InvariantCulture);
}
