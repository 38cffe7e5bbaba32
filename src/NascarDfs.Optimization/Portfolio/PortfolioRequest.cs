using NascarDfs.Domain.Slates;

namespace NascarDfs.Optimization.Portfolio;

/// <summary>A request for an exact, sequential portfolio (SPEC §4).</summary>
/// <param name="Slate">The slate with projections.</param>
/// <param name="Lineups">N: lineups requested (exposure percentages count against it).</param>
/// <param name="Constraints">Every constraint.</param>
/// <param name="Randomness">Noise in percent: each lineup is optimized on projections perturbed by normal noise with
/// standard deviation <c>Randomness</c>% of the projection (or of the driver's StdDev where given). 0 = none.</param>
/// <param name="Seed">Seed of the noise; with the lineup index it seeds each lineup's generator.</param>
public sealed record PortfolioRequest(Slate Slate, int Lineups, PortfolioConstraints Constraints, double Randomness = 0, ulong Seed = 0)
{
    /// <summary>The default number of lineups (SPEC §9).</summary>
    public const int DefaultLineups = 20;
}
