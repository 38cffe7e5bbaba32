using NascarDfs.Domain.Scoring;
using NascarDfs.Domain.Sites;
using NascarDfs.Domain.Slates;
using NascarDfs.Optimization.Portfolio;
using NascarDfs.Simulation.Portfolios;
using NascarDfs.Simulation.Tracks;

namespace NascarDfs.Simulation.Tests.Portfolios;

public class SimulationPortfolioRequestTests
{
    private static SimulationPortfolioRequest Request() => new(
        new PortfolioRequest(new Slate(Site.DraftKings, "Test", [.. TestSlates.Random(1, 12)], []), 5, new PortfolioConstraints()),
        SimulationObjective.Coverage, ScoringTables.DraftKings, new Race(TrackType.ShortTrack, 500));

    [Fact]
    public void Defaults_AreTheDocumentedOnes()
    {
        var r = Request();
        Assert.Equal(SimulationPortfolioDefaults.MeanCandidates, r.MeanCandidates);
        Assert.Equal(SimulationPortfolioDefaults.MaxCandidates, r.MaxCandidates);
        Assert.Null(r.Target);
        Assert.Equal(SimulationDefaults.Simulations, r.Simulation.Simulations);
        r.Validate();
    }

    [Fact]
    public void Validate_RejectsBadFields()
    {
        var r = Request();
        Assert.Throws<ArgumentOutOfRangeException>(() => (r with { MeanCandidates = -1 }).Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => (r with { MaxCandidates = 4 }).Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => (r with { Target = 0 }).Validate());
        Assert.Throws<ArgumentException>(() => (r with { Scoring = ScoringTables.FanDuel }).Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => (r with { Race = new Race(TrackType.Dirt, 0) }).Validate());
    }
}
