using NascarDfs.Contests.Definitions;
using NascarDfs.Contests.Evaluation;
using NascarDfs.Contests.Portfolios;
using NascarDfs.Domain.Scoring;
using NascarDfs.Domain.Sites;
using NascarDfs.Domain.Slates;
using NascarDfs.Optimization.Portfolio;
using NascarDfs.Simulation;
using NascarDfs.Simulation.Portfolios;
using NascarDfs.Testing;

namespace NascarDfs.Contests.Tests.Portfolios;

public class RoiPortfolioBuilderTests
{
    public static TheoryData<string, string> Slates => new()
    {
        { "fanduel-new-hampshire", "example-small-gpp" },
        { "draftkings-daytona-2019", "example-small-gpp" },
        { "fanduel-new-hampshire", "example-large-gpp" },
    };

    [Theory]
    [MemberData(nameof(Slates))]
    public void Build_UnderLimits_EarnsAtLeastTheTopByMeanPortfolio(string slateName, string contestName)
    {
        var (slate, scoring, race) = Slate(slateName);
        var contest = BundledContests.Find(contestName, slate.Site)!;
        var constraints = new PortfolioConstraints { MaxExposure = 60, MaxRepeating = slate.Rules.RosterSize - 2 };
        var request = new SimulationPortfolioRequest(new PortfolioRequest(slate, 10, constraints), SimulationObjective.SimMean, scoring, race)
        {
            Simulation = new SimulationOptions { Simulations = 800, FitSimulations = 400, MaxFitIterations = 8, Seed = 5 },
            MeanCandidates = 60,
        };
        var roi = RoiPortfolioBuilder.Build(new RoiPortfolioRequest(request, contest) { Field = new() { Seed = 3 } });
        var byMean = SimulationPortfolioBuilder.Build(request);

        // Same races (same seed), same field: the top-N-by-mean portfolio entered in the same contest.
        var baseline = ContestSimulator.Run(new ContestRequest(contest, roi.Contest.Field, byMean.Simulation, [.. byMean.Lineups.Select(l => l.Lineup)]));
        Assert.Equal(10, roi.Lineups.Count);
        Assert.True(roi.Contest.Portfolio.ExpectedProfit >= baseline.Portfolio.ExpectedProfit - 1e-9,
            $"roi {roi.Contest.Portfolio.ExpectedProfit:F2} vs top-by-mean {baseline.Portfolio.ExpectedProfit:F2}");

        // Every limit of the request holds.
        foreach (var driver in slate.Drivers)
        {
            Assert.True(roi.Lineups.Count(l => l.DriverIds.Contains(driver.Id)) <= 6, $"{driver.Name} above 60%");
        }

        for (var a = 0; a < roi.Lineups.Count; a++)
        {
            for (var b = a + 1; b < roi.Lineups.Count; b++)
            {
                Assert.True(roi.Lineups[a].DriverIds.Intersect(roi.Lineups[b].DriverIds).Count() <= slate.Rules.RosterSize - 2);
            }
        }
    }

    [Fact]
    public void Build_TooManyLineupsForTheContest_IsRejectedBeforeSimulating()
    {
        var (slate, scoring, race) = Slate("fanduel-new-hampshire");
        var request = new SimulationPortfolioRequest(new PortfolioRequest(slate, 2, new()), SimulationObjective.SimMean, scoring, race);
        var error = Assert.Throws<ContestException>(() => RoiPortfolioBuilder.Check(new RoiPortfolioRequest(request, BundledContests.Find("example-double-up", Site.FanDuel)!)));
        Assert.Contains("2 lineups is more than the 1 entries", error.Message, StringComparison.Ordinal);
    }

    private static (Slate Slate, ScoringTable Scoring, Race Race) Slate(string name) => name switch
    {
        "fanduel-new-hampshire" => (NewHampshire.Slate, ScoringTables.FanDuel, Race.AtTrack("New Hampshire", 301)),
        _ => (SlateAssembler.Assemble(SalaryFileReader.Read(TestData.Daytona2019Slate), null), ScoringTables.DraftKingsLegacy, Race.AtTrack("Daytona", 200)),
    };
}
