using NascarDfs.Optimization.Portfolio;

namespace NascarDfs.Optimization.Tests.Portfolio;

public sealed class RandomRequestsTests
{
    // The property test is only as strong as its cases: most must build real portfolios, some must conflict.
    [Fact]
    public void Create_FirstFourHundredSeeds_MostlyBuildPortfoliosAndSomeConflict()
    {
        int conflicts = 0, empty = 0, full = 0, partial = 0;
        for (var seed = 1; seed <= 400; seed++)
        {
            var request = RandomRequests.Create(seed);
            if (PortfolioOptimizer.FindConflicts(request).Count > 0) { conflicts++; continue; }
            var built = new BruteForcePortfolio(request).Build().Count;
            if (built == 0) empty++;
            else if (built == request.Lineups) full++;
            else partial++;
        }

        Assert.True(full > 150, $"full {full}, partial {partial}, empty {empty}, conflicts {conflicts}");
        Assert.True(partial > 5 && empty > 5 && conflicts > 5, $"full {full}, partial {partial}, empty {empty}, conflicts {conflicts}");
    }
}
