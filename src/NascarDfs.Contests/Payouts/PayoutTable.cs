using NascarDfs.Contests.Definitions;

namespace NascarDfs.Contests.Payouts;

/// <summary>
/// A contest's prizes as prefix sums over ranks, so any block of tied entries is paid in O(1): entries occupying
/// ranks <c>lo + 1 … lo + m</c> share equally the sum of those ranks' prizes (SPEC §10), which is
/// <c>(P[lo + m] − P[lo]) ÷ m</c>; ranks past the last paid one add nothing.
/// </summary>
public sealed class PayoutTable
{
    private readonly double[] _prefix;

    /// <summary>The table of <paramref name="contest"/>.</summary>
    public PayoutTable(Contest contest)
    {
        ArgumentNullException.ThrowIfNull(contest);
        PaidPlaces = contest.PaidPlaces;
        _prefix = new double[PaidPlaces + 1];
        foreach (var tier in contest.Payouts)
        {
            for (var rank = tier.From; rank <= tier.To; rank++) _prefix[rank] = _prefix[rank - 1] + (double)tier.Prize;
        }
    }

    /// <summary>Ranks paid.</summary>
    public int PaidPlaces { get; }

    /// <summary>Total of every prize.</summary>
    public double Total => _prefix[^1];

    /// <summary>Sum of the prizes of ranks 1…<paramref name="ranks"/>.</summary>
    public double Prefix(int ranks) => _prefix[Math.Clamp(ranks, 0, PaidPlaces)];

    /// <summary>What each of <paramref name="tied"/> entries gets when <paramref name="above"/> entries rank above them.</summary>
    public double Share(int above, int tied)
    {
        if (tied <= 0) throw new ArgumentOutOfRangeException(nameof(tied), tied, "At least one entry.");
        if (above >= PaidPlaces) return 0;
        return (Prefix(above + tied) - Prefix(above)) / tied;
    }
}
