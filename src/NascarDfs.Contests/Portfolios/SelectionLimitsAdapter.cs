using NascarDfs.Simulation.Portfolios;

namespace NascarDfs.Contests.Portfolios;

/// <summary>The simulation objectives' portfolio limits (exposures, max repeating, no duplicates) for the roi selection,
/// so one definition of each limit serves every objective.</summary>
internal sealed class SelectionLimitsAdapter(SelectionLimits limits) : IRoiLimits
{
    public int Lineups => limits.Lineups;

    public UInt128 Required() => limits.Required();

    public bool Blocked(UInt128 mask) => limits.Blocked(mask);

    public void Accept(UInt128 mask) => limits.Accept(mask);
}
