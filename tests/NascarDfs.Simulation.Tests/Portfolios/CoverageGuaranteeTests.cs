using NascarDfs.Domain.Scoring;
using NascarDfs.Domain.Sites;
using NascarDfs.Domain.Slates;
using NascarDfs.Optimization.Portfolio;
using NascarDfs.Simulation.Portfolios;
using NascarDfs.Simulation.Tracks;

namespace NascarDfs.Simulation.Tests.Portfolios;

/// <summary>SPEC §4's checks of the greedy heuristic: the (1 − 1/e) guarantee against brute force on tiny unconstrained
/// instances, and beating the top-N-by-mean portfolio under exposure and repeat limits.</summary>
public class CoverageGuaranteeTests
{
    private static readonly double Guarantee = 1 - 1 / Math.E;

    [Theory]
    [InlineData(1UL, TrackType.Superspeedway, 3)]
    [InlineData(2UL, TrackType.ShortTrack, 3)]
    [InlineData(3UL, TrackType.RoadCourse, 4)]
    [InlineData(4UL, TrackType.Intermediate, 2)]
    [InlineData(5UL, TrackType.Dirt, 3)]
    public void GreedyCoverage_TinyUnconstrained_IsWithinOneMinusOneOverEOfBruteForce(ulong seed, TrackType type, int lineups)
    {
        // 10 drivers, 6 a lineup: at most 210 lineups, few distinct optima: brute force over the pool is cheap.
        var (pool, hits, limits) = PoolWithLimits(seed, 10, type, lineups, new PortfolioConstraints(), sims: 600);
        var n = pool.Candidates.Count;
        Assert.True(n >= lineups, $"only {n} candidates");
        var greedy = Coverage(hits, PortfolioSelector.Select(pool.Candidates, hits, SimulationObjective.Coverage, limits(), default));
        var best = BruteForce(hits, n, lineups);
        Assert.True(greedy >= Guarantee * best, $"greedy {greedy}, best {best} of {n} candidates");
        Assert.True(greedy > 0);
    }

    [Theory]
    [InlineData(11UL, TrackType.Superspeedway)]
    [InlineData(12UL, TrackType.Intermediate)]
    [InlineData(13UL, TrackType.ShortTrack)]
    [InlineData(14UL, TrackType.RoadCourse)]
    [InlineData(15UL, TrackType.Dirt)]
    public void GreedyCoverage_WithLimits_BeatsTopNByMean(ulong seed, TrackType type)
    {
        var constraints = new PortfolioConstraints { MaxExposure = 50, MaxRepeating = 3 };
        var (pool, hits, limits) = PoolWithLimits(seed, 40, type, 20, constraints, sims: 3_000);
        var coverage = Coverage(hits, PortfolioSelector.Select(pool.Candidates, hits, SimulationObjective.Coverage, limits(), default));
        var byMean = Coverage(hits, PortfolioSelector.Select(pool.Candidates, hits, SimulationObjective.SimMean, limits(), default));
        Assert.True(coverage >= byMean, $"coverage {coverage} < top-N-by-mean {byMean}");
    }

    private static (CandidatePool Pool, HitMatrix Hits, Func<PortfolioLimits> Limits) PoolWithLimits(
        ulong seed, int drivers, TrackType type, int lineups, PortfolioConstraints constraints, int sims, double? target = null)
    {
        var slate = new Slate(Site.DraftKings, "Test", [.. TestSlates.Realistic(seed, drivers, type)], []);
        var portfolio = new PortfolioRequest(slate, lineups, constraints);
        var request = new SimulationPortfolioRequest(portfolio, SimulationObjective.Coverage, ScoringTables.DraftKings, new Race(type, 200))
        {
            Simulation = new SimulationOptions { Simulations = sims, Seed = seed },
            MeanCandidates = 20,
            Target = target,
        };
        var run = SimulationPortfolioBuilder.Prepare(request, null, default);
        return (run.Pool, run.Hits, run.Limits);
    }

    internal static int Coverage(HitMatrix hits, IEnumerable<int> chosen)
    {
        var covered = new ulong[hits.Words];
        foreach (var k in chosen)
        {
            var row = hits.Row(k);
            for (var w = 0; w < covered.Length; w++) covered[w] |= row[w];
        }

        return HitMatrix.Count(covered);
    }

    private static int BruteForce(HitMatrix hits, int n, int k)
    {
        var best = 0;
        var pick = new int[k];
        void Walk(int depth, int from)
        {
            if (depth == k)
            {
                best = Math.Max(best, Coverage(hits, pick));
                return;
            }

            for (var i = from; i < n; i++)
            {
                pick[depth] = i;
                Walk(depth + 1, i + 1);
            }
        }

        Walk(0, 0);
        return best;
    }
}
