using System.Collections.Immutable;

namespace NascarDfs.Domain.Lineups;

/// <summary>
/// One lineup of a portfolio. <see cref="DriverIds"/> are exactly as in the slate file, sorted by salary
/// descending, then ID (SPEC §9); <see cref="Projection"/> is the unperturbed projected total.
/// </summary>
public sealed record Lineup(ImmutableArray<string> DriverIds, int Salary, double Projection);
