namespace NascarDfs.Optimization.Search;

/// <summary>Lineups as bit masks over canonical driver indices (up to 128 drivers).</summary>
internal static class DriverMask
{
    public const int MaxDrivers = NascarDfs.Domain.Limits.InputLimits.SlateDrivers;

    public static UInt128 Bit(int index) => UInt128.One << index;

    public static bool Contains(UInt128 mask, int index) => (mask & Bit(index)) != UInt128.Zero;

    public static int Count(UInt128 mask) => (int)UInt128.PopCount(mask);

    /// <summary>
    /// The tie-break between two lineups of equal score: the one whose sorted driver-ID list is lexicographically
    /// smaller wins. For sorted lists of equal length that is the one holding the lowest index of the symmetric
    /// difference, so it needs no sorting.
    /// </summary>
    public static bool PrecedesOnTie(UInt128 a, UInt128 b)
    {
        var diff = a ^ b;
        if (diff == UInt128.Zero) return false;
        return (a & (diff & (~diff + 1))) != UInt128.Zero;
    }

    public static IEnumerable<int> Indices(UInt128 mask)
    {
        for (; mask != UInt128.Zero; mask &= mask - 1) yield return (int)UInt128.TrailingZeroCount(mask);
    }
}
