using NascarDfs.Domain.Scoring;
using NascarDfs.Optimization.Portfolio;

namespace NascarDfs.Simulation.Portfolios;

/// <summary>A simulation-based portfolio: the optimizer's request (slate, lineups, every constraint), the objective
/// and the race to simulate.</summary>
/// <param name="Portfolio">Slate, number of lineups and constraints, exactly as for the projection objective.</param>
/// <param name="Objective">What to maximise.</param>
/// <param name="Scoring">The scoring table of the simulated points.</param>
/// <param name="Race">The race to simulate.</param>
public sealed record SimulationPortfolioRequest(PortfolioRequest Portfolio, SimulationObjective Objective, ScoringTable Scoring, Race Race)
{
    /// <summary>How to simulate (races, seed, threads).</summary>
    public SimulationOptions Simulation { get; init; } = new();

    /// <summary>The target score; null: <see cref="SimulationPortfolioDefaults.TargetShareOfMedianOptimum"/> × the median optimum.</summary>
    public double? Target { get; init; }

    /// <summary>Best-by-mean candidates, 0 or more.</summary>
    public int MeanCandidates { get; init; } = SimulationPortfolioDefaults.MeanCandidates;

    /// <summary>The most candidates kept, at least the number of lineups.</summary>
    public int MaxCandidates { get; init; } = SimulationPortfolioDefaults.MaxCandidates;

    /// <summary>Throws naming the first invalid field.</summary>
    public void Validate()
    {
        Simulation.Validate();
        Race.Validate();
        if (Portfolio.Lineups < 1) throw new ArgumentOutOfRangeException(nameof(Portfolio), Portfolio.Lineups, "At least one lineup.");
        if (MeanCandidates < 0) throw new ArgumentOutOfRangeException(nameof(MeanCandidates), MeanCandidates, "Not negative.");
        if (MaxCandidates < Portfolio.Lineups) throw new ArgumentOutOfRangeException(nameof(MaxCandidates), MaxCandidates, "At least the number of lineups.");
        if (Target is { } t && (double.IsNaN(t) || t <= 0)) throw new ArgumentOutOfRangeException(nameof(Target), Target, "A positive score.");
        if (Scoring.Site != Portfolio.Slate.Site) throw new ArgumentException($"Scoring '{Scoring.Name}' is not for the slate's site.", nameof(Scoring));
    }
}
