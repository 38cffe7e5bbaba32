using System.Numerics;

namespace NascarDfs.Optimization.Search;

/// <summary>
/// The bound that prunes a <see cref="SearchKernel{TScore, TBound}"/>: an upper bound on what the drivers from a search
/// position on can still add. Implemented by structs so the kernel is compiled once per bound, calls inlined.
/// </summary>
internal interface ISearchBound<TScore>
    where TScore : struct, INumber<TScore>
{
    /// <summary>The salary left in the bound's own units (budget steps of a table, or dollars), computed once per node.</summary>
    int Budget(int salaryLeft);

    /// <summary>An upper bound on the score of <paramref name="need"/> drivers from <paramref name="position"/> on within
    /// <paramref name="budget"/> (<see cref="Budget"/>'s units); false when no such completion fits at all.</summary>
    bool TryReach(int position, int need, int budget, out TScore reach);
}
