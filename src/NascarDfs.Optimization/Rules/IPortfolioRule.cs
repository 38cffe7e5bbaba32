using NascarDfs.Optimization.Search;

namespace NascarDfs.Optimization.Rules;

/// <summary>
/// One constraint of a portfolio request (STYLE rule 8): it reports conflicts before any search, shapes each
/// lineup's <see cref="LineupPlan"/> (drivers forbidden or forced, limits, overlap), and updates itself after a
/// lineup is accepted. New constraints are new rule types, never new branches in the search.
/// </summary>
internal interface IPortfolioRule
{
    /// <summary>Whether the rule acts on each lineup alone or across the portfolio.</summary>
    RuleScope Scope { get; }

    /// <summary>Adds a sentence per conflict this rule has with the slate or the other constraints.</summary>
    void Check(ICollection<string> conflicts);

    /// <summary>Shapes the plan of the lineup at <paramref name="lineupIndex"/> (0-based).</summary>
    void Prepare(LineupPlan plan, int lineupIndex);

    /// <summary>Records an accepted lineup.</summary>
    void Accept(UInt128 lineup);

    /// <summary>A short description for messages ("max exposure 30%"), or null when the rule is inactive.</summary>
    string? Describe();
}
