using NascarDfs.Contests.Evaluation;
using NascarDfs.Domain.Lineups;

namespace NascarDfs.Contests.Portfolios;

/// <summary>A portfolio built for profit: its lineups in selection order and their contest simulation.</summary>
/// <param name="Lineups">The lineups, first pick first.</param>
/// <param name="Contest">The contest simulation of exactly these lineups against the same field and races.</param>
/// <param name="Candidates">Candidates the selection chose from.</param>
/// <param name="StoppedEarly">Why fewer lineups than requested were chosen, if so.</param>
/// <param name="Warnings">What the run noticed.</param>
public sealed record RoiPortfolioResult(IReadOnlyList<Lineup> Lineups, ContestResult Contest, int Candidates, string? StoppedEarly, IReadOnlyList<string> Warnings);
