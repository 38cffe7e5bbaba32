using System.Collections.Immutable;
using NascarDfs.Domain.Slates;

namespace NascarDfs.Contests.Field;

/// <summary>
/// The opponents of a contest: distinct lineups (bit masks over slate driver indices: bit <c>d</c> is
/// <c>Drivers[d]</c>) with how many entries hold each, sorted by mask. Memory is bounded by the distinct lineups
/// (16 + 4 bytes each), not the entries.
/// </summary>
public sealed class ContestField
{
    private readonly Dictionary<UInt128, int> _index;

    internal ContestField(
        IReadOnlyList<Driver> drivers, UInt128[] lineups, int[] counts, OwnershipTargets targets, double[] ownership,
        double salaryShare, int passes, ImmutableArray<string> warnings)
    {
        Drivers = drivers;
        Lineups = lineups;
        Counts = counts;
        Targets = targets;
        Ownership = [.. ownership];
        ShareAtMinSalaryUse = salaryShare;
        CalibrationPasses = passes;
        Warnings = warnings;
        Entries = counts.Sum();
        _index = new Dictionary<UInt128, int>(lineups.Length);
        for (var k = 0; k < lineups.Length; k++) _index[lineups[k]] = k;
    }

    /// <summary>The slate's drivers (the mask bit space).</summary>
    public IReadOnlyList<Driver> Drivers { get; }

    /// <summary>Distinct lineups, sorted.</summary>
    public UInt128[] Lineups { get; }

    /// <summary>Entries per distinct lineup (1 + duplicates).</summary>
    public int[] Counts { get; }

    /// <summary>Entries in the field.</summary>
    public int Entries { get; }

    /// <summary>Distinct lineups.</summary>
    public int Distinct => Lineups.Length;

    /// <summary>What the field aimed for per driver.</summary>
    public OwnershipTargets Targets { get; }

    /// <summary>Per slate driver, the share of field entries holding him, percent.</summary>
    public ImmutableArray<double> Ownership { get; }

    /// <summary>Share of entries spending at least the minimum salary use, 0–1.</summary>
    public double ShareAtMinSalaryUse { get; }

    /// <summary>Calibration passes run.</summary>
    public int CalibrationPasses { get; }

    /// <summary>The largest miss |field ownership − target|, percentage points.</summary>
    public double MaxOwnershipError => Ownership.Zip(Targets.Percent, (a, t) => Math.Abs(a - t)).DefaultIfEmpty(0).Max();

    /// <summary>What the generation noticed (estimated ownership, scaling, targets it could not reach).</summary>
    public ImmutableArray<string> Warnings { get; }

    /// <summary>How many field entries are exactly this lineup.</summary>
    public int CountOf(UInt128 lineup) => _index.TryGetValue(lineup, out var k) ? Counts[k] : 0;
}
