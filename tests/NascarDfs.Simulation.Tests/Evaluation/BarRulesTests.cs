using NascarDfs.Simulation.Evaluation;

namespace NascarDfs.Simulation.Tests.Evaluation;

/// <summary>
/// <see cref="ModelBars"/> on hand-made sections: a section at the middle of every bar meets all of them, and moving
/// one value just past its bar's edge fails that bar alone (and just inside, none).
/// </summary>
public class BarRulesTests
{
    [Fact]
    public void ASectionInsideEveryBar_MeetsThemAll_AndHasTheBarsOfEachType()
    {
        var bars = Check(new Spec());
        Assert.All(bars, b => Assert.True(b.Met, $"{b.Section} {b.Name}: {b.Value} ({b.Rule})"));
        // Overall: coverage, above p99, PIT, CRPS, 2 Brier skills, 3 reliability gaps, 2 quantities × 3, 3 joint facts = 18;
        // per type: coverage, pole, 7 metrics × (mean, sd ratio) = 16.
        Assert.Equal(18 + 2 * 16, bars.Count);
        Assert.Equal(new[] { "overall", "intermediate", "short-track" }, bars.Select(b => b.Section).Distinct());
    }

    [Fact]
    public void ATypeWithFewRaces_GetsNoBarsOfItsOwn()
    {
        var bars = Check(new Spec { ShortTrackRaces = ModelBars.MinTypeRaces - 1 });
        Assert.DoesNotContain(bars, b => b.Section == "short-track");
        Assert.Contains(bars, b => b.Section == "intermediate");
    }

    public static TheoryData<string, string, string> Edges() => new()
    {
        { "coverage 77.5%", "overall", "p10–p90 coverage" },
        { "coverage 82.5%", "overall", "p10–p90 coverage" },
        { "intermediate coverage 75.5%", "intermediate", "p10–p90 coverage" },
        { "above p99 0.4%", "overall", "real points above sim p99" },
        { "above p99 2.1%", "overall", "real points above sim p99" },
        { "a decile at 12.5%", "overall", "PIT deciles (furthest from 10%)" },
        { "CRPS skill 2.9%", "overall", "CRPS skill over the normal" },
        { "top-5 skill 0.139", "overall", "Brier skill P(top5)" },
        { "top-10 gap 0.081", "overall", "reliability gap P(top10), bins ≥ 50 cases" },
        { "winner mean +5.5%", "overall", "winner-points: sim mean / real" },
        { "winner below p10 4%", "overall", "winner-points: real below sim p10" },
        { "top-6 above p90 16%", "overall", "top6-sum: real above sim p90" },
        { "led most −9 points", "overall", "winner-led-most: sim − real" },
        { "short-track pole +6 points", "short-track", "pole-won: sim − real" },
        { "short-track dnf mean 3 se off", "short-track", "dnf-rate: mean sim − real" },
        { "intermediate lapped sd ratio 1.34", "intermediate", "lapped-share: sd ratio sim/real" },
        { "intermediate lapped sd ratio 0.74", "intermediate", "lapped-share: sd ratio sim/real" },
    };

    [Theory]
    [MemberData(nameof(Edges))]
    public void OneValuePastItsEdge_FailsThatBarAlone(string change, string section, string bar)
    {
        var failed = Check(Apply(change, past: true)).Where(b => !b.Met).Select(b => (b.Section, b.Name)).ToList();
        Assert.Equal(new[] { (section, bar) }, failed);
        Assert.All(Check(Apply(change, past: false)), b => Assert.True(b.Met, $"{change} (inside): {b.Section} {b.Name} {b.Value}"));
    }

    [Fact]
    public void AGapInABinOfFewerThan50Cases_DoesNotCount()
    {
        var bars = Check(new Spec { Top10Gap = 0.3, Top10GapCases = 49 });
        Assert.All(bars, b => Assert.True(b.Met, $"{b.Name} {b.Value}"));
    }

    [Fact]
    public void MetricMeans_AreHeldToTwoStandardErrorsOfTheWindow()
    {
        // Real sd 0.04 over 16 races: the standard error is 0.01, the tolerance 0.02.
        var bar = Check(new Spec()).Single(b => b.Section == "short-track" && b.Name == "dnf-rate: mean sim − real");
        Assert.Equal("± 0.020 (2 se)", bar.Rule);
    }

    [Fact]
    public void WithReference_CountsTheWindowsMeetingEachBar_AndThoseAtLeastAsFarFromItsTarget()
    {
        ModelBar Bar(string name, double value, bool met, BarUnit unit = BarUnit.Percent, double target = 0.8) => new(name, "overall", "rule", value, target, unit, met);
        IReadOnlyList<ModelBar> bars = [Bar("a", 0.77, false), Bar("b", 0.05, false, BarUnit.SkillPercent, 0.03), Bar("c", 0.8, true), Bar("d", 0.5, false, BarUnit.SdRatio, 1)];
        IReadOnlyList<IReadOnlyList<ModelBar>> windows =
        [
            [Bar("a", 0.79, true), Bar("b", 0.02, false, BarUnit.SkillPercent, 0.03), Bar("d", 2.0, false, BarUnit.SdRatio, 1)],
            [Bar("a", 0.84, false), Bar("b", 0.06, true, BarUnit.SkillPercent, 0.03), Bar("d", 1.9, false, BarUnit.SdRatio, 1)],
            [Bar("a", 0.82, true), Bar("d", 1.1, true, BarUnit.SdRatio, 1)],
        ];
        var shares = ModelBars.WithReference(bars, windows).ToDictionary(b => b.Name);
        // a: 0.77 is 3 points from 0.80; of 0.79, 0.84, 0.82 only 0.84 is as far.
        Assert.Equal(2 / 3.0, shares["a"].ReferenceMet!.Value, 4);
        Assert.Equal(1 / 3.0, shares["a"].ReferenceAsFar!.Value, 4);
        Assert.Equal(0.82, shares["a"].ReferenceMedian!.Value, 6);
        // b, a skill: as far means as low; two windows have it (median of two: their mean).
        Assert.Equal(0.5, shares["b"].ReferenceMet);
        Assert.Equal(0.5, shares["b"].ReferenceAsFar);
        Assert.Equal(0.04, shares["b"].ReferenceMedian!.Value, 6);
        // c: no window has it.
        Assert.Null(shares["c"].ReferenceMet);
        Assert.Null(shares["c"].ReferenceAsFar);
        // d, an sd ratio: 0.5 is as far from 1 as 2.0 on the log scale; 1.9 and 1.1 are nearer.
        Assert.Equal(1 / 3.0, shares["d"].ReferenceAsFar!.Value, 4);
        Assert.All(ModelBars.WithReference(bars, []), b => Assert.Null(b.ReferenceMet));
    }

    private static Spec Apply(string change, bool past) => change switch
    {
        "coverage 77.5%" => new Spec { Coverage = past ? 0.775 : 0.785 },
        "coverage 82.5%" => new Spec { Coverage = past ? 0.825 : 0.815 },
        "intermediate coverage 75.5%" => new Spec { IntermediateCoverage = past ? 0.755 : 0.765 },
        "above p99 0.4%" => new Spec { AboveP99 = past ? 0.004 : 0.006 },
        "above p99 2.1%" => new Spec { AboveP99 = past ? 0.021 : 0.019 },
        "a decile at 12.5%" => new Spec { TopDecile = past ? 0.125 : 0.115 },
        "CRPS skill 2.9%" => new Spec { Crps = past ? 12 * 0.971 : 12 * 0.969 },
        "top-5 skill 0.139" => new Spec { Top5Skill = past ? 0.139 : 0.141 },
        "top-10 gap 0.081" => new Spec { Top10Gap = past ? 0.081 : 0.079 },
        "winner mean +5.5%" => new Spec { WinnerRatio = past ? 1.055 : 1.045 },
        "winner below p10 4%" => new Spec { WinnerBelow = past ? 0.04 : 0.06 },
        "top-6 above p90 16%" => new Spec { Top6Above = past ? 0.16 : 0.14 },
        "led most −9 points" => new Spec { LedMostDiff = past ? -0.09 : -0.07 },
        "short-track pole +6 points" => new Spec { ShortTrackPoleDiff = past ? 0.06 : 0.04 },
        "short-track dnf mean 3 se off" => new Spec { ShortTrackDnfDiff = past ? 0.03 : 0.015 },
        "intermediate lapped sd ratio 1.34" => new Spec { IntermediateLappedSdRatio = past ? 1.34 : 1.32 },
        "intermediate lapped sd ratio 0.74" => new Spec { IntermediateLappedSdRatio = past ? 0.74 : 0.76 },
        _ => throw new ArgumentOutOfRangeException(nameof(change), change, "no such change"),
    };

    private static IReadOnlyList<ModelBar> Check(Spec s) => ModelBars.Check(s.Overall(), [s.Type("intermediate", 26), s.Type("short-track", s.ShortTrackRaces)]);

    // Every value at the middle of its bar unless a test moves it.
    private sealed record Spec
    {
        public double Coverage { get; init; } = 0.80;
        public double IntermediateCoverage { get; init; } = 0.80;
        public double AboveP99 { get; init; } = 0.01;
        public double TopDecile { get; init; } = 0.10;
        public double Crps { get; init; } = 11.4;
        public double Top5Skill { get; init; } = 0.16;
        public double Top10Gap { get; init; } = 0.02;
        public int Top10GapCases { get; init; } = 80;
        public double WinnerRatio { get; init; } = 1.0;
        public double WinnerBelow { get; init; } = 0.10;
        public double Top6Above { get; init; } = 0.10;
        public double LedMostDiff { get; init; }
        public double ShortTrackPoleDiff { get; init; }
        public double ShortTrackDnfDiff { get; init; }
        public double IntermediateLappedSdRatio { get; init; } = 1.0;
        public int ShortTrackRaces { get; init; } = 16;

        public EvaluationSection Overall() => new(
            "overall", 71, Scores(Coverage), Scores(0.80, 12),
            [Probability("win", 0.05, 0.01, 80), Probability("top5", Top5Skill, 0.02, 80), Probability("top10", 0.16, Top10Gap, Top10GapCases)],
            [Quantity("winner-points", WinnerRatio, WinnerBelow, 0.10), Quantity("top-score", 1, 0.5, 0.5), Quantity("top6-sum", 1, 0.10, Top6Above)],
            [Fact("winner-led-most", LedMostDiff), Fact("winner-most-fastest", 0), Fact("top-scorer-won", 0), Fact("pole-won", 0.3), Fact("winner-started-top5", 0.3)],
            Metrics(1.0, 0));

        public EvaluationSection Type(string name, int races) => new(
            name, races, Scores(name == "intermediate" ? IntermediateCoverage : 0.80), Scores(0.80, 12),
            [Probability("win", 0.3, 0.3, 10), Probability("top5", 0, 0.3, 10), Probability("top10", 0, 0.3, 10)],
            [Quantity("winner-points", 2, 0, 0), Quantity("top-score", 2, 0, 0), Quantity("top6-sum", 2, 0, 0)],
            [Fact("winner-led-most", 0.5), Fact("winner-most-fastest", 0.5), Fact("top-scorer-won", 0.5), Fact("pole-won", name == "short-track" ? ShortTrackPoleDiff : 0),
                Fact("winner-started-top5", 0.5)],
            Metrics(name == "intermediate" ? IntermediateLappedSdRatio : 1.0, name == "short-track" ? ShortTrackDnfDiff : 0, races));

        private DistributionScores Scores(double coverage, double? crps = null)
        {
            double[] deciles = [0.10, 0.10, 0.10, 0.10, 0.10, 0.10, 0.10, 0.10, 0.10, TopDecile];
            return new(2600, coverage, AboveP99, [.. deciles], crps ?? Crps);
        }

        private static ProbabilityScores Probability(string market, double skill, double gap, int cases) =>
            new(market, 2600, 0.1, 0.3, 0.1 / (1 - skill), skill, [new ReliabilityBin(0, 0.1, 500, 0.05, 0.05), new ReliabilityBin(0.3, 0.4, cases, 0.35, 0.35 + gap)]);

        private static RaceQuantity Quantity(string name, double ratio, double below, double above) => new(name, 71, 80, 20, 80 * ratio, 20, below, above);

        private static DominatorFact Fact(string name, double diff) => new(name, 71, 0.4, 0.4 + diff);

        private static RaceMetric[] Metrics(double lappedSdRatio, double dnfDiff, int races = 71) =>
        [
            new("caution-share", races, 0.2, 0.05, 0.2, 0.05),
            new("dnf-rate", races, 0.1, 0.04, 0.1 + dnfDiff, 0.04),
            new("leader-share-of-laps-led", races, 0.45, 0.15, 0.45, 0.15),
            new("drivers-leading", races, 9, 3, 9, 3),
            new("top3-share-of-fastest-laps", races, 0.45, 0.1, 0.45, 0.1),
            new("mean-abs-place-differential", races, 8.5, 1.5, 8.5, 1.5),
            new("lapped-share", races, 0.3, 0.1, 0.3, 0.1 * lappedSdRatio),
        ];
    }
}
