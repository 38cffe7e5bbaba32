using NascarDfs.Optimization.Portfolio;
using NascarDfs.Optimization.Search;

namespace NascarDfs.Contests.Portfolios;

/// <summary>The exact optimizer's own portfolio limits (<see cref="PortfolioLimits"/>: exposures, max repeating, groups,
/// no duplicates) for the roi selection, so one definition of each limit serves every objective.</summary>
internal sealed class SelectionLimitsAdapter(PortfolioLimits limits) : IRoiLimits
{
    public int Lineups => limits.Lineups;

    public UInt128 Required() => limits.Required().Bits;

    public bool Blocked(UInt128 mask) => limits.Blocked(new DriverSet(mask));

    public void Accept(UInt128 mask) => limits.Accept(new DriverSet(mask));
}
