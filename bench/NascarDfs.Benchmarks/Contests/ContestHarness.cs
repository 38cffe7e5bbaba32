using System.Diagnostics;
using NascarDfs.Benchmarks.Optimization;
using NascarDfs.Contests.Definitions;
using NascarDfs.Contests.Evaluation;
using NascarDfs.Contests.Field;
using NascarDfs.Domain.Scoring;
using NascarDfs.Optimization.Portfolio;
using NascarDfs.Simulation;

namespace NascarDfs.Benchmarks.Contests;

/// <summary>The end-to-end contest run once in a fresh process, for its peak memory (BenchmarkDotNet reports
/// allocations, not the peak), then its three phases timed apart: race simulation, field, ranking and payouts:
/// <c>dotnet run -c Release --project bench/NascarDfs.Benchmarks -- contest</c>.</summary>
internal static class ContestHarness
{
    public static string Run()
    {
        var slate = BenchmarkSlates.Forty();
        var lineups = PortfolioOptimizer.Build(new PortfolioRequest(slate, 150, new PortfolioConstraints { MaxRepeating = 4 }, Randomness: 15, Seed: 1)).Lineups;
        var contest = BundledContests.Find("example-large-gpp", slate.Site)!;
        var race = Race.AtTrack("Daytona", 200, new DateOnly(2019, 2, 17));
        GC.Collect();
        var before = Process.GetCurrentProcess().PeakWorkingSet64;
        var watch = Stopwatch.StartNew();
        var result = ContestEvaluator.Evaluate(new ContestEvaluationRequest(slate, contest, lineups, ScoringTables.DraftKingsLegacy, race));
        watch.Stop();
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;

        var phase = Stopwatch.StartNew();
        var simulation = RaceSimulator.Run(new SimulationRequest(slate.Drivers, ScoringTables.DraftKingsLegacy, race));
        var simSeconds = phase.Elapsed.TotalSeconds;
        phase.Restart();
        var field = FieldGenerator.Generate(slate.Drivers, slate.Rules, contest.FieldSize - lineups.Count);
        var fieldSeconds = phase.Elapsed.TotalSeconds;
        phase.Restart();
        ContestSimulator.Run(new ContestRequest(contest, field, simulation, lineups));
        var rankSeconds = phase.Elapsed.TotalSeconds;
        return $"end to end {watch.Elapsed.TotalSeconds:F2} s (then apart: races {simSeconds:F2} s, field {fieldSeconds:F2} s, ranking {rankSeconds:F2} s); "
            + $"field {result.FieldEntries:N0} entries ({result.Field.Distinct:N0} distinct, "
            + $"{result.Field.CalibrationPasses} calibration passes, max miss {result.Field.MaxOwnershipError:F2} pt); peak working set "
            + $"{peak / 1e6:F0} MB (before the run {before / 1e6:F0} MB); portfolio ROI {result.Portfolio.Roi:P1}, P(profit>0) {result.Portfolio.ProfitProbability:P1}";
    }
}
