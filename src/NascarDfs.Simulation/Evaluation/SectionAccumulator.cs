namespace NascarDfs.Simulation.Evaluation;

/// <summary>Everything an <see cref="EvaluationSection"/> is computed from, summed race by race.</summary>
internal sealed class SectionAccumulator(string name)
{
    public static readonly string[] QuantityNames = ["winner-points", "top-score", "top6-sum"];
    public static readonly string[] FactNames = ["winner-led-most", "winner-most-fastest", "top-scorer-won", "pole-won", "winner-started-top5"];
    public static readonly string[] MetricNames =
        ["caution-share", "dnf-rate", "leader-share-of-laps-led", "drivers-leading", "top3-share-of-fastest-laps", "mean-abs-place-differential", "lapped-share"];

    public string Name { get; } = name;

    public int Races { get; set; }

    public DistributionAccumulator Model { get; } = new();

    public DistributionAccumulator Normal { get; } = new();

    public ProbabilityAccumulator[] Probabilities { get; } = [new("win"), new("top5"), new("top10")];

    public QuantityAccumulator[] Quantities { get; } = [.. QuantityNames.Select(n => new QuantityAccumulator(n))];

    public MetricAccumulator[] Facts { get; } = [.. FactNames.Select(n => new MetricAccumulator(n))];

    public MetricAccumulator[] Metrics { get; } = [.. MetricNames.Select(n => new MetricAccumulator(n))];

    public EvaluationSection ToSection() => new(
        Name, Races, Model.ToScores(), Normal.ToScores(),
        [.. Probabilities.Select(p => p.ToScores())], [.. Quantities.Select(q => q.ToQuantity())],
        [.. Facts.Select(f => f.ToFact())], [.. Metrics.Select(m => m.ToMetric())]);
}
