namespace NascarDfs.Optimization.Rules;

/// <summary>Where a rule acts: on each lineup alone, or across the lineups of a portfolio.</summary>
internal enum RuleScope
{
    /// <summary>Decided by the lineup's own drivers (lock, exclude, salary, groups, start ranges, ownership):
    /// candidate lineups built one by one carry it.</summary>
    Lineup,

    /// <summary>Decided by the lineups chosen before (exposure, max repeating): whoever assembles the portfolio
    /// enforces it, the sequential builder through each plan, a selector through <see cref="Portfolio.PortfolioLimits"/>.</summary>
    Portfolio,
}
