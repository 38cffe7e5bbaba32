using NascarDfs.Contests.Definitions;
using NascarDfs.Contests.Field;
using NascarDfs.Simulation.Portfolios;

namespace NascarDfs.Contests.Portfolios;

/// <summary>A portfolio built for profit in a contest: the simulation portfolio request (slate, lineups, every
/// constraint, race, simulation options; its objective is ignored) and the contest.</summary>
/// <param name="Portfolio">What the simulation objectives take: the candidate pool is theirs.</param>
/// <param name="Contest">The contest the lineups are entered in.</param>
public sealed record RoiPortfolioRequest(SimulationPortfolioRequest Portfolio, Contest Contest)
{
    /// <summary>Seed and salary use of the field.</summary>
    public FieldOptions Field { get; init; } = new();

    /// <summary>Candidates of the pool the selection considers (best by mean first, then the most frequent per-race
    /// optima), at least the number of lineups. Bounds memory: each candidate keeps the races it can cash in.</summary>
    public int MaxCandidates { get; init; } = RoiDefaults.MaxCandidates;

    /// <summary>Throws naming the first invalid field.</summary>
    public void Validate()
    {
        Portfolio.Validate();
        Field.Validate();
        if (MaxCandidates < Portfolio.Portfolio.Lineups)
            throw new ArgumentOutOfRangeException(nameof(MaxCandidates), MaxCandidates, "At least the number of lineups.");
    }
}
