namespace NascarDfs.Optimization.Search;

/// <summary>
/// A lineup (or any set of drivers) as bits over <see cref="LineupSolver.Drivers"/>: bit i is the solver's driver i
/// (drivers sorted by ID, ordinal). Cheap to hash and compare, so selectors can key candidates by it.
/// </summary>
/// <param name="Bits">The bits; up to 128 drivers.</param>
public readonly record struct DriverSet(UInt128 Bits)
{
    /// <summary>The number of drivers in the set.</summary>
    public int Count => DriverMask.Count(Bits);

    /// <summary>Whether driver <paramref name="index"/> is in the set.</summary>
    public bool Contains(int index) => DriverMask.Contains(Bits, index);

    /// <summary>Whether every driver of <paramref name="other"/> is in this set.</summary>
    public bool ContainsAll(DriverSet other) => (Bits & other.Bits) == other.Bits;

    /// <summary>The drivers shared with <paramref name="other"/>.</summary>
    public int Overlap(DriverSet other) => DriverMask.Count(Bits & other.Bits);

    /// <summary>The driver indices, ascending.</summary>
    public IEnumerable<int> Indices() => DriverMask.Indices(Bits);

    /// <summary>The set with driver <paramref name="index"/> added.</summary>
    public DriverSet With(int index) => new(Bits | DriverMask.Bit(index));
}
