using NascarDfs.Simulation.Projections;

namespace NascarDfs.Simulation.Backtests;

/// <summary>What a backtest found: per slate and, summed over slates, per objective.</summary>
/// <param name="Slates">One entry per slate, in request order.</param>
/// <param name="Totals">Per objective, over every slate.</param>
/// <param name="LapsRule">How the scheduled laps were derived (never the laps run with overtime).</param>
/// <param name="PercentileRule">What the percentiles compare.</param>
public sealed record BacktestResult(IReadOnlyList<SlateBacktest> Slates, IReadOnlyList<ObjectiveTotal> Totals, string LapsRule, string PercentileRule);

/// <summary>One slate's backtest.</summary>
/// <param name="Slate">The salary file's name.</param>
/// <param name="Race">The simulated race: the real track (typed by date) and the scheduled laps.</param>
/// <param name="LapsRun">The laps really run (overtime included), for comparison.</param>
/// <param name="LapsSource">How <see cref="Race"/>'s laps were found ("scheduled distance (2 overtime laps dropped)").</param>
/// <param name="Scoring">The scoring table in force on the race date.</param>
/// <param name="Projections">Where the projections came from.</param>
/// <param name="HindsightBest">The best lineup's real points with perfect knowledge (same per-lineup constraints).</param>
/// <param name="RandomMean">The mean real points of a random legal lineup.</param>
/// <param name="Objectives">One row per objective.</param>
/// <param name="Warnings">Slate drivers not in the race (scored 0), projection and simulation warnings.</param>
public sealed record SlateBacktest(
    string Slate, Race Race, int LapsRun, string LapsSource, string Scoring, ProjectionSource Projections, double HindsightBest, double RandomMean,
    IReadOnlyList<ObjectiveBacktest> Objectives, IReadOnlyList<string> Warnings);

/// <summary>One objective's portfolios on one slate, over the seeds.</summary>
/// <param name="Objective">projection, sim-mean, target, optimal or coverage.</param>
/// <param name="Lineups">Lineups built (first seed).</param>
/// <param name="BestActual">The best lineup's real points, over the seeds.</param>
/// <param name="MeanActual">The lineups' mean real points, over the seeds.</param>
/// <param name="BestPercentile">Percentile (0–100) of the best actual among the best of as many random legal lineups, mean over seeds.</param>
/// <param name="MeanPercentile">Percentile (0–100) of the mean actual among single random legal lineups, mean over seeds.</param>
/// <param name="ReachedTarget">Lineups whose real points reached the simulation target, mean over seeds (null for projection).</param>
public sealed record ObjectiveBacktest(string Objective, int Lineups, SeedSpread BestActual, SeedSpread MeanActual, double BestPercentile, double MeanPercentile, double? ReachedTarget);

/// <summary>One objective summed over every slate: per seed the sum of the slates' scores, then its spread; percentiles averaged over slates.</summary>
public sealed record ObjectiveTotal(string Objective, SeedSpread BestActual, SeedSpread MeanActual, double BestPercentile, double MeanPercentile);

/// <summary>A score over several seeds: mean, sample standard deviation, range, and each seed's value.</summary>
public sealed record SeedSpread(double Mean, double StdDev, double Min, double Max, IReadOnlyList<double> PerSeed)
{
    /// <summary>The spread of <paramref name="values"/> (one per seed).</summary>
    public static SeedSpread Of(IReadOnlyList<double> values)
    {
        var mean = values.Average();
        var sd = values.Count > 1 ? Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1)) : 0;
        return new SeedSpread(mean, sd, values.Min(), values.Max(), [.. values]);
    }
}
