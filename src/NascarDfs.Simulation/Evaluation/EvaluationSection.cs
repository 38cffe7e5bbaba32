namespace NascarDfs.Simulation.Evaluation;

/// <summary>The scores of a set of races (all of them, or one track type's).</summary>
/// <param name="Name"><c>overall</c> or the track type's name.</param>
/// <param name="Races">Races.</param>
/// <param name="Model">The simulator's per-driver distributions scored with the real points.</param>
/// <param name="Normal">The normal baseline's.</param>
/// <param name="Probabilities">P(win), P(top 5), P(top 10): Brier, log loss, skill and reliability.</param>
/// <param name="RaceLevel">Winner's points, top score, top-6 sum: real vs simulated.</param>
/// <param name="Dominators">Joint facts of the winner, the laps led, the fastest laps and the grid.</param>
/// <param name="Metrics">Race metrics (cautions, DNFs, laps led, lapped cars...): mean and race-to-race sd.</param>
public sealed record EvaluationSection(
    string Name,
    int Races,
    DistributionScores Model,
    DistributionScores Normal,
    IReadOnlyList<ProbabilityScores> Probabilities,
    IReadOnlyList<RaceQuantity> RaceLevel,
    IReadOnlyList<DominatorFact> Dominators,
    IReadOnlyList<RaceMetric> Metrics)
{
    /// <summary>1 − CRPS(model) / CRPS(normal): positive when the simulator beats the normal.</summary>
    public double CrpsSkill => Normal.Crps > 0 ? 1 - Model.Crps / Normal.Crps : 0;

    /// <summary>The scores of a market: <c>win</c>, <c>top5</c> or <c>top10</c>.</summary>
    public ProbabilityScores Probability(string market) => Probabilities.First(p => p.Market == market);

    /// <summary>A race-level quantity: <c>winner-points</c>, <c>top-score</c> or <c>top6-sum</c>.</summary>
    public RaceQuantity Quantity(string name) => RaceLevel.First(q => q.Name == name);

    /// <summary>A joint fact: <c>winner-led-most</c>, <c>winner-most-fastest</c>, <c>top-scorer-won</c>,
    /// <c>pole-won</c>, <c>winner-started-top5</c>.</summary>
    public DominatorFact Fact(string name) => Dominators.First(f => f.Name == name);

    /// <summary>A race metric: <c>caution-share</c>, <c>dnf-rate</c>, <c>leader-share-of-laps-led</c>,
    /// <c>drivers-leading</c>, <c>top3-share-of-fastest-laps</c>, <c>mean-abs-place-differential</c>, <c>lapped-share</c>.</summary>
    public RaceMetric Metric(string name) => Metrics.First(m => m.Name == name);
}
