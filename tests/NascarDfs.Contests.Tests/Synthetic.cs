using System.Collections.Immutable;
using NascarDfs.Contests.Field;
using NascarDfs.Domain.Randomness;
using NascarDfs.Domain.Slates;

namespace NascarDfs.Contests.Tests;

/// <summary>Tiny synthetic contests: drivers whose points per race take a few values, a field given as masks.</summary>
internal static class Synthetic
{
    public static List<Driver> Drivers(int n) =>
        [.. Enumerable.Range(0, n).Select(i => new Driver($"D{i}", $"Driver {i}", 5_000 + 100 * i, 10 + i))];

    public static ContestField Field(IReadOnlyList<Driver> drivers, IReadOnlyList<UInt128> lineups, IReadOnlyList<int> counts)
    {
        var ownership = new double[drivers.Count];
        var total = counts.Sum();
        for (var k = 0; k < lineups.Count; k++)
        {
            for (var i = 0; i < drivers.Count; i++)
            {
                if (((lineups[k] >> i) & UInt128.One) != UInt128.Zero) ownership[i] += 100.0 * counts[k] / total;
            }
        }

        var targets = new OwnershipTargets([.. ownership], [.. new bool[drivers.Count]], OwnershipSource.Projected, null, []);
        return new ContestField(drivers, [.. lineups], [.. counts], targets, ownership, 1, 0, ImmutableArray<string>.Empty);
    }

    /// <summary>Random distinct lineups of <paramref name="roster"/> drivers.</summary>
    public static List<UInt128> Lineups(ref SeededRandom rng, int drivers, int roster, int count)
    {
        var set = new HashSet<UInt128>();
        var list = new List<UInt128>();
        while (list.Count < count)
        {
            UInt128 mask = 0;
            while ((int)UInt128.PopCount(mask) < roster) mask |= UInt128.One << rng.NextInt(drivers);
            if (set.Add(mask)) list.Add(mask);
        }

        return list;
    }

    public static double Score(UInt128 mask, ReadOnlySpan<float> row)
    {
        var sum = 0.0;
        for (var m = mask; m != UInt128.Zero; m &= m - 1) sum += row[(int)UInt128.TrailingZeroCount(m)];
        return sum;
    }
}
