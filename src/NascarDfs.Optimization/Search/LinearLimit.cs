namespace NascarDfs.Optimization.Search;

/// <summary>
/// A bound on a weighted sum over the lineup's drivers: count of a group's members, of drivers starting in a
/// range, summed ownership, total salary. Weights must be non-negative (the search prunes on partial sums).
/// </summary>
/// <param name="Weights">Weight per driver, by canonical index.</param>
/// <param name="Min">Lowest allowed sum, or null.</param>
/// <param name="Max">Highest allowed sum, or null.</param>
internal sealed record LinearLimit(long[] Weights, long? Min, long? Max);
