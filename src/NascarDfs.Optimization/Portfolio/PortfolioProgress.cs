namespace NascarDfs.Optimization.Portfolio;

/// <summary>Lineups built so far out of those requested.</summary>
public readonly record struct PortfolioProgress(int Done, int Total);
