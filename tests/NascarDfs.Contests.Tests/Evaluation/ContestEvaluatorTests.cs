using NascarDfs.Contests.Definitions;
using NascarDfs.Contests.Evaluation;
using NascarDfs.Contests.Field;
using NascarDfs.Domain.Lineups;
using NascarDfs.Domain.Scoring;
using NascarDfs.Domain.Sites;
using NascarDfs.Optimization.Portfolio;
using NascarDfs.Simulation;

namespace NascarDfs.Contests.Tests.Evaluation;

public class ContestEvaluatorTests
{
    private static readonly Lazy<IReadOnlyList<Lineup>> Twenty = new(() =>
        PortfolioOptimizer.Build(new PortfolioRequest(NewHampshire.Slate, 20, new PortfolioConstraints { MaxRepeating = 3 })).Lineups);

    private static ContestEvaluationRequest Request(int threads, IReadOnlyList<Lineup>? lineups = null) => new(
        NewHampshire.Slate, BundledContests.Find("example-small-gpp", Site.FanDuel)!, lineups ?? Twenty.Value, ScoringTables.FanDuel,
        Race.AtTrack("New Hampshire", 301))
    {
        Simulation = new SimulationOptions { Simulations = 600, FitSimulations = 300, MaxFitIterations = 8, Seed = 7, MaxDegreeOfParallelism = threads },
    };

    [Fact]
    public void Evaluate_NewHampshireSmallGpp_PortfolioIsTheSumOfItsEntriesAndThreadCountDoesNotMatter()
    {
        var one = ContestEvaluator.Evaluate(Request(1));
        var two = ContestEvaluator.Evaluate(Request(2));

        Assert.Equal(480, one.FieldEntries);
        Assert.Equal(20, one.Lineups.Count);
        Assert.Equal(one.Lineups.Sum(l => l.ExpectedPayout), one.Portfolio.ExpectedPayout, 6);
        Assert.Equal(one.Portfolio.ExpectedPayout - 20 * 20, one.Portfolio.ExpectedProfit, 6);
        Assert.InRange(one.Portfolio.Roi, one.Portfolio.RoiLow, one.Portfolio.RoiHigh);
        Assert.InRange(one.Portfolio.ProfitProbability, 0, 1);
        Assert.True(one.Portfolio.CashRate >= one.Lineups.Max(l => l.CashRate));
        Assert.Equal(one.Simulations, one.Portfolio.ProfitHistogram.Counts.Sum());
        foreach (var l in one.Lineups)
        {
            Assert.InRange(l.WinRate, 0, l.Top1Rate);
            Assert.InRange(l.Top1Rate, 0, l.CashRate + 1e-12); // top 1% of 500 = rank ≤ 5, all paid
        }

        var exposure = one.Drivers.Single(d => d.DriverId == Twenty.Value[0].DriverIds[0]);
        Assert.Equal(100.0 * Twenty.Value.Count(l => l.DriverIds.Contains(exposure.DriverId)) / 20, exposure.Exposure, 9);
        Assert.Equal(exposure.Exposure - exposure.FieldOwnership, exposure.Leverage, 9);

        Assert.Equal(one.Lineups.Select(l => l.ExpectedPayout), two.Lineups.Select(l => l.ExpectedPayout));
        Assert.Equal(one.Portfolio, two.Portfolio with { ProfitHistogram = one.Portfolio.ProfitHistogram });
        Assert.Equal(one.Portfolio.ProfitHistogram.Counts.ToArray(), two.Portfolio.ProfitHistogram.Counts.ToArray());
    }

    [Fact]
    public void Check_TooManyEntries_IsASentence()
    {
        var error = Assert.Throws<ContestException>(() => ContestEvaluator.Check(Request(1) with
        {
            Contest = BundledContests.Find("example-double-up", Site.FanDuel)!,
        }));
        Assert.Contains("20 lineups is more than the 1 entries one user may submit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ContestForAnotherSite_IsASentence()
    {
        var error = Assert.Throws<ContestException>(() => ContestEvaluator.Check(Request(1) with
        {
            Contest = BundledContests.Find("example-small-gpp", Site.DraftKings)!,
        }));
        Assert.Contains("is a DraftKings contest but the slate is FanDuel's", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OwnershipSummingFarFromRosterSize_IsASentence()
    {
        var slate = NewHampshire.Slate with { Drivers = [.. NewHampshire.Slate.Drivers.Select(d => d with { Ownership = (d.Ownership ?? 3) * 2 })] };
        var error = Assert.Throws<ArgumentException>(() => ContestEvaluator.Check(Request(1) with { Slate = slate }));
        Assert.Contains("sums to", error.Message, StringComparison.Ordinal);
        Assert.Contains("5-driver lineups make a field's ownership sum to 500%", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Targets_NoOwnershipColumn_AreLabelledEstimates()
    {
        var drivers = NewHampshire.Slate.Drivers.Select(d => d with { Ownership = null }).ToList();
        var targets = OwnershipTargets.For(drivers, 5);
        Assert.Equal(OwnershipSource.Estimated, targets.Source);
        Assert.All(targets.Estimated.Where((_, i) => !drivers[i].Out), Assert.True);
        Assert.Equal(500, targets.Percent.Sum(), 6);
        Assert.Contains(targets.Warnings, w => w.Contains("ESTIMATE", StringComparison.Ordinal));
    }

    [Fact]
    public void Targets_NewHampshire_FillTheTwoUnmatchedStartersWithEstimatesAndScaleTo500()
    {
        var targets = OwnershipTargets.For(NewHampshire.Slate.Drivers, 5);
        Assert.Equal(OwnershipSource.Mixed, targets.Source);
        Assert.Equal(2, targets.Estimated.Count(e => e));
        Assert.Equal(500, targets.Percent.Sum(), 6);
        Assert.Equal(498.9 - 2.5, targets.GivenTotal!.Value, 6); // Nemechek's row ("John H.") does not match "John Hunter"
    }

    [Fact]
    public void SalaryCheck_NewHampshireSheet_ReportsRyanPreece()
    {
        var warnings = ProjectionSalaryCheck.Compare(NewHampshire.Slate, NewHampshire.ProjectionsPath);
        var preece = Assert.Single(warnings);
        Assert.StartsWith("Ryan Preece is $3,800 in 2024-06-23-new-hampshire.projections-ownership.csv but $5,800 in the salary file", preece, StringComparison.Ordinal);
    }
}
