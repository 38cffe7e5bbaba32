using BenchmarkDotNet.Attributes;
using NascarDfs.Benchmarks.Optimization;
using NascarDfs.Contests.Definitions;
using NascarDfs.Contests.Evaluation;
using NascarDfs.Contests.Field;
using NascarDfs.Domain.Lineups;
using NascarDfs.Domain.Scoring;
using NascarDfs.Domain.Slates;
using NascarDfs.Optimization.Portfolio;
using NascarDfs.Simulation;

namespace NascarDfs.Benchmarks.Contests;

/// <summary>
/// Issue 10's targets on the 40-driver slate (the first 40 of the real 2019 Daytona 500 DraftKings file, ownership
/// estimated): a 150-lineup portfolio against a 100,000-entry contest (99,850 opponents) over 10,000 races ≤ 10 s end
/// to end (<see cref="EndToEnd"/>: race simulation + field + ranking); field generation of 100,000 ≤ 1 s; and how the
/// ranking grows with field size and races (<c>Rank*</c>: simulation and field prepared in setup), and the ranking
/// kernel with and without AVX2 (<c>Standings*</c>).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ContestBenchmarks
{
    private Slate _slate = null!;
    private IReadOnlyList<Lineup> _lineups = null!;
    private Contest _contest = null!;
    private SimulationResult _races10k = null!;
    private SimulationResult _races2k = null!;
    private ContestField _field100k = null!;
    private ContestField _field20k = null!;
    private ContestField _field200k = null!;
    private Contest _contest200k = null!;
    private UInt128[] _masks = null!;

    [GlobalSetup]
    public void Setup()
    {
        _slate = BenchmarkSlates.Forty();
        _lineups = PortfolioOptimizer.Build(new PortfolioRequest(_slate, 150, new PortfolioConstraints { MaxRepeating = 4 }, Randomness: 15, Seed: 1)).Lineups;
        _contest = BundledContests.Find("example-large-gpp", _slate.Site)!;
        _races10k = Simulate(10_000);
        _races2k = Simulate(2_000);
        _field100k = FieldGenerator.Generate(_slate.Drivers, _slate.Rules, 99_850);
        _field20k = FieldGenerator.Generate(_slate.Drivers, _slate.Rules, 20_000);
        _contest200k = Contest.Create(_contest.Site, "200k", _contest.EntryFee, 200_000, 150, _contest.Payouts);
        _field200k = FieldGenerator.Generate(_slate.Drivers, _slate.Rules, 199_850);
        _masks = NascarDfs.Contests.Lineups.LineupMasks.Of(_lineups, _slate.Drivers, _slate.Rules);
    }

    [Benchmark]
    public double EndToEnd() => ContestEvaluator.Evaluate(new ContestEvaluationRequest(
        _slate, _contest, _lineups, ScoringTables.DraftKingsLegacy, Race.AtTrack("Daytona", 200, new DateOnly(2019, 2, 17)))).Portfolio.Roi;

    [Benchmark]
    public int Field100k() => FieldGenerator.Generate(_slate.Drivers, _slate.Rules, 100_000).Distinct;

    [Benchmark]
    public double Rank100kField10kRaces() => Rank(_field100k, _races10k);

    /// <summary>A 200,000-entry contest with the same prizes: the field doubled.</summary>
    [Benchmark]
    public double Rank200kField10kRaces() => Rank(_field200k, _races10k, contest: _contest200k);

    [Benchmark]
    public double Rank20kField10kRaces() => Rank(_field20k, _races10k);

    [Benchmark]
    public double Rank100kField2kRaces() => Rank(_field100k, _races2k);

    /// <summary>One core's cost, for reading the two-core numbers on a loaded machine.</summary>
    [Benchmark]
    public double Rank100kField10kRacesOneThread() => Rank(_field100k, _races10k, 1);

    /// <summary>The ranking kernel alone (no payouts), with and without AVX2 gathers: what the vector path buys.</summary>
    [Benchmark]
    public int Standings100kField10kRacesVector() => Standings(vectorized: true);

    [Benchmark]
    public int Standings100kField10kRacesScalar() => Standings(vectorized: false);

    private int Standings(bool vectorized) => StandingsPass.Run(
        _field100k, _races10k.PointsMatrix.ToArray(), _races10k.Drivers.Count, _races10k.Simulations, _masks, 22_000, Environment.ProcessorCount, null, vectorized, default).Length;

    private double Rank(ContestField field, SimulationResult races, int threads = 0, Contest? contest = null) => ContestSimulator.Run(
        new ContestRequest(contest ?? _contest, field, races, _lineups) { MaxDegreeOfParallelism = threads > 0 ? threads : Environment.ProcessorCount }).Portfolio.Roi;

    private SimulationResult Simulate(int sims) => RaceSimulator.Run(new SimulationRequest(
        _slate.Drivers, ScoringTables.DraftKingsLegacy, Race.AtTrack("Daytona", 200, new DateOnly(2019, 2, 17)))
    { Options = new SimulationOptions { Simulations = sims } });
}
