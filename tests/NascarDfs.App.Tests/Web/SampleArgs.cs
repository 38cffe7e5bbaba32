using NascarDfs.App.Optimize;
using NascarDfs.Domain.Scoring;
using NascarDfs.Domain.Sites;
using NascarDfs.Optimization.Portfolio;

namespace NascarDfs.App.Tests.Web;

/// <summary>Optimize configs on the sample slate as the API takes them: the stored document (schema v1 JSON).</summary>
internal static class SampleArgs
{
    public static OptimizeArgs Optimize(string name, int lineups = PortfolioRequest.DefaultLineups, PortfolioConstraints? constraints = null) => new()
    {
        Name = name,
        Site = SiteRegistry.DraftKings,
        Scoring = ScoringTables.DraftKings,
        Objective = Objective.Projection,
        Lineups = lineups,
        Seed = 0,
        Constraints = constraints ?? new PortfolioConstraints(),
        Slate = SampleSlate.SalaryFile(),
        Projections = SampleSlate.Projections(),
    };

    /// <summary>The config object of <c>POST /api/jobs</c>.</summary>
    public static OptimizeArgsDocument Document(OptimizeArgs args) => OptimizeArgsDocument.From(args);
}
