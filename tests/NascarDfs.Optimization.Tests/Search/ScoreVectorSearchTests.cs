using FsCheck;
using FsCheck.Fluent;
using NascarDfs.Optimization.Portfolio;
using NascarDfs.Optimization.Search;
using NascarDfs.Optimization.Tests.Portfolio;

namespace NascarDfs.Optimization.Tests.Search;

public sealed class ScoreVectorSearchTests
{
    // The per-simulation search must find exactly what the exhaustive oracle finds for the same constraints and scores.
    [FsCheck.Xunit.Property(MaxTest = 300)]
    public Property TryFindBest_RandomScoreVectors_EqualsExhaustiveEnumeration(PositiveInt seedSource)
    {
        var request = RandomRequests.Create(seedSource.Get);
        var plan = LineupSolver.Create(request with { Constraints = request.Constraints with { MinExposure = null, MaxExposure = null, Exposures = new Dictionary<string, ExposureLimit>() } });
        if (plan.Conflicts.Count > 0) return true.Label("conflicting request: nothing to compare");

        var random = new Random(seedSource.Get);
        var scores = plan.Drivers.Select(_ => (float)Math.Round((random.NextDouble() * 80) - 10, 2)).ToArray();
        var slate = request.Slate with
        {
            Drivers = [.. request.Slate.Drivers.Select(d => d with { Projection = scores[plan.Drivers.ToList().FindIndex(x => x.Id == d.Id)] })],
        };
        var oneLineup = request with { Slate = slate, Lineups = 1, Randomness = 0, Constraints = request.Constraints with { MinExposure = null, MaxExposure = null, Exposures = new Dictionary<string, ExposureLimit>() } };
        var expected = new BruteForcePortfolio(oneLineup).Build();

        var found = plan.CreateSearch().TryFindBest(scores, out var lineup, out var score);
        if (expected.Count == 0) return (!found).Label($"seed {seedSource.Get}: found a lineup where none exists");
        var ids = lineup.Indices().Select(i => plan.Drivers[i].Id).Order(StringComparer.Ordinal).ToList();
        var expectedScore = expected[0].Sum(id => (double)scores[plan.Drivers.ToList().FindIndex(d => d.Id == id)]);

        // Float sums may split an exact tie; then an equally good lineup is as right as the oracle's.
        var same = ids.SequenceEqual(expected[0]) || Math.Abs(score - expectedScore) < 1e-3;
        return (found && same).Label($"seed {seedSource.Get}: expected {string.Join(",", expected[0])} got {string.Join(",", ids)}");
    }
}
