namespace NascarDfs.Simulation.Projections;

/// <summary>One driver's projection from his earlier races.</summary>
/// <param name="Name">The name asked for.</param>
/// <param name="Projection">Expected fantasy points.</param>
/// <param name="StdDev">Standard deviation of his points (his history's, shrunk toward the newcomers').</param>
/// <param name="Races">Earlier Cup points races found for him in the lookback.</param>
/// <param name="EffectiveRaces">Races that count after weighting ((Σw)²/Σw²).</param>
/// <param name="Start">The starting position used, when given.</param>
public sealed record HistoryProjection(string Name, double Projection, double StdDev, int Races, double EffectiveRaces, int? Start);
