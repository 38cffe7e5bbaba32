using System.Collections.Immutable;

namespace NascarDfs.Simulation.Evaluation;

/// <summary>Sums of one forecaster's per-driver scores.</summary>
internal sealed class DistributionAccumulator
{
    private readonly int[] _deciles = new int[10];
    private int _cases, _covered, _aboveP99;
    private double _crps;

    /// <summary>One case: the forecast's p10, p90, p99 and PIT at the real value, and its CRPS.</summary>
    public void Add(double p10, double p90, double p99, double pit, double crps, double real)
    {
        _cases++;
        if (Covered(p10, p90, real)) _covered++;
        if (real > p99) _aboveP99++;
        _deciles[ScoringRules.Decile(pit)]++;
        _crps += crps;
    }

    /// <summary>Whether a real value is inside the central band [p10, p90].</summary>
    public static bool Covered(double p10, double p90, double real) => real >= p10 && real <= p90;

    public DistributionScores ToScores() => new(
        _cases, Share(_covered), Share(_aboveP99), [.. _deciles.Select(Share)], _cases == 0 ? 0 : Math.Round(_crps / _cases, 4));

    private double Share(int count) => _cases == 0 ? 0 : Math.Round(count / (double)_cases, 4);
}
