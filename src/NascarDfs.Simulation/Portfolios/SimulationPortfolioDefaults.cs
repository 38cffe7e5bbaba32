namespace NascarDfs.Simulation.Portfolios;

/// <summary>Defaults of <see cref="SimulationPortfolioRequest"/>.</summary>
public static class SimulationPortfolioDefaults
{
    /// <summary>The default target is this share of the median simulated optimal score (SPEC §4: roughly a top-1% score).</summary>
    public const double TargetShareOfMedianOptimum = 0.9;

    /// <summary>Best-by-mean lineups added to the per-race optima.</summary>
    public const int MeanCandidates = 300;

    /// <summary>The most candidates kept (most frequent optima first). Bounds the hit matrix: candidates × races bits,
    /// 5,000 × 20,000 races = 12.5 MB.</summary>
    public const int MaxCandidates = 5_000;
}
