using System.Numerics;

namespace NascarDfs.Optimization.Search;

/// <summary>
/// The best complete lineup a search has seen, with the shared leaf test: every limit's minimum met, then a higher
/// score, or an equal score that precedes on the tie-break (<see cref="DriverMask.PrecedesOnTie"/>).
/// </summary>
internal struct Incumbent<TScore>
    where TScore : struct, INumber<TScore>
{
    public bool Found;
    public TScore Score;
    public UInt128 Mask;

    public Incumbent(TScore floor)
    {
        Score = floor;
    }

    public void Offer(TScore score, UInt128 mask, LinearLimit[] limits, long[] limitSums)
    {
        for (var l = 0; l < limits.Length; l++)
        {
            if (limitSums[l] < (limits[l].Min ?? long.MinValue)) return;
        }

        if (!Found || score > Score || (score == Score && DriverMask.PrecedesOnTie(mask, Mask)))
        {
            Found = true;
            Score = score;
            Mask = mask;
        }
    }
}
