using NascarDfs.Domain.Lineups;
using NascarDfs.Domain.Randomness;
using NascarDfs.Domain.Scoring;
using NascarDfs.Domain.Slates;
using NascarDfs.Optimization.Portfolio;
using NascarDfs.Simulation.Evaluation;
using NascarDfs.Simulation.Portfolios;
using NascarDfs.Simulation.Projections;
using NascarDfs.Simulation.RaceLogs;
using NascarDfs.Simulation.Tracks;

namespace NascarDfs.Simulation.Backtests;

/// <summary>
/// Builds a portfolio with each objective (and each seed) on past slates and scores it with the real races. The
/// official grid is taken from the race log (it is public before lineups lock); finishes, laps led and fastest laps
/// never reach the models, and the history projector reads only earlier races. The race is simulated at its scheduled
/// laps (<see cref="ScheduledLaps"/>), never the laps run with overtime. Slate drivers missing from the race did not
/// start: out, 0 points. Each score is set beside random legal lineups of the same slate.
/// </summary>
public static class Backtester
{
    /// <summary>Best-of-N groups drawn for the best-lineup percentile.</summary>
    private const int RandomGroups = 4_000;

    /// <summary>What the percentiles compare, for reports.</summary>
    public const string PercentileRule =
        "best actual: percentile among the best of as many random legal lineups (roster size, salary cap, starters only); "
        + "mean actual: percentile among single random legal lineups; 50 is chance";

    /// <summary>How the backtest derives scheduled laps, for reports.</summary>
    public const string LapsRule = ScheduledLaps.Rule
        + "; then, if shorter, the shortest length another Cup points race at the track ran exactly (later ones too) that the laps run are "
        + "within overtime of (the 2019 Daytona 500 opens the logs; COTA 2023 ran 75 over 68, and 2022's 69 was overtime): a race's "
        + "distance is on the schedule before it, unlike the laps it ran";

    /// <summary>Runs the backtest on every slate of <paramref name="request"/>.</summary>
    public static BacktestResult Run(BacktestRequest request, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        var slates = request.Slates.Select(s => RunSlate(request, s, progress, cancellationToken)).ToList();
        var totals = slates[0].Objectives.Select((o, k) =>
        {
            var rows = slates.Select(s => s.Objectives[k]).ToList();
            double[] Sum(Func<ObjectiveBacktest, SeedSpread> pick) =>
                [.. Enumerable.Range(0, request.Seeds.Count).Select(i => rows.Sum(r => pick(r).PerSeed[i]))];
            return new ObjectiveTotal(o.Objective, SeedSpread.Of(Sum(r => r.BestActual)), SeedSpread.Of(Sum(r => r.MeanActual)),
                rows.Average(r => r.BestPercentile), rows.Average(r => r.MeanPercentile));
        }).ToList();
        return new BacktestResult(slates, totals, LapsRule, PercentileRule);
    }

    private static SlateBacktest RunSlate(BacktestRequest request, BacktestSlate input, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var salary = input.Salary;
        var real = request.Log.Find(input.RaceDate)
            ?? throw new ArgumentException($"{salary.FileName}: no Cup points race on {input.RaceDate:yyyy-MM-dd} (±1 day) in {request.LogName}.");
        var scoring = ScoringTables.ForDate(salary.Site, real.Date);
        var type = real.Type ?? TrackType.Intermediate;
        var byName = real.Entries.GroupBy(e => DriverNameKey.Normalize(e.DriverName)).ToDictionary(g => g.Key, g => g.First());
        var entries = salary.Drivers.Select(d => byName.GetValueOrDefault(DriverNameKey.Normalize(d.Name))).ToList();
        var grid = salary.Drivers.Zip(entries).Where(x => x.Second is not null).ToDictionary(x => x.First.Id, x => x.Second!.Start, StringComparer.Ordinal);

        var history = request.History is { } h ? new HistorySource(h, request.HistoryName, type, real.TrackName, real.Date) { StartsById = grid } : null;
        var resolved = ProjectionResolver.Resolve(salary, scoring, input.Projections, history);
        var assembled = resolved.Assemble(salary);
        var warnings = new List<string>(assembled.Warnings);
        var actual = new Dictionary<string, double>(StringComparer.Ordinal);
        var drivers = new List<Driver>();
        for (var i = 0; i < assembled.Drivers.Length; i++)
        {
            var d = assembled.Drivers[i];
            if (entries[i] is { } e)
            {
                actual[d.Id] = scoring.Score(new RaceResult(e.Start, e.Finish, e.LapsLed, e.FastestLaps, e.Laps));
                drivers.Add(d with { Start = e.Start, Out = false });
            }
            else
            {
                actual[d.Id] = 0;
                drivers.Add(d with { Start = null, Out = true });
                warnings.Add($"{d.Name} is not in the {real.Date:yyyy-MM-dd} race: did not start, 0 points.");
            }
        }

        var slate = assembled with { Drivers = [.. drivers] };
        var (laps, lapsSource) = Schedule(request.Log, real);
        var race = new Race(type, laps, real.TrackName, real.Date);
        double Actual(Lineup l) => l.DriverIds.Sum(id => actual[id]);
        var random = RandomLineups.Draw(slate, actual, request.RandomLineups, (ulong)real.Date.DayNumber);
        var bestOf = random.BestOf(request.Lineups, RandomGroups, (ulong)real.Date.DayNumber + 1);
        var label = $"{real.TrackName} {real.Date:yyyy-MM-dd}";

        var rows = new List<ObjectiveBacktest>();
        progress?.Report($"{label}: projection");
        var exact = PortfolioOptimizer.Build(new PortfolioRequest(slate, request.Lineups, request.Constraints), null, cancellationToken);
        var exactScores = exact.Lineups.Select(Actual).ToList();

        // The projection objective has no randomness: every seed builds the same portfolio.
        rows.Add(Row("projection", exact.Lineups.Count, [.. request.Seeds.Select(_ => exactScores)], null, random, bestOf));
        foreach (var objective in Enum.GetValues<SimulationObjective>())
        {
            var perSeed = new List<List<double>>();
            var reached = new List<double>();
            var count = 0;
            foreach (var seed in request.Seeds)
            {
                progress?.Report($"{label}: {objective.ToName()}, seed {seed}");
                var result = SimulationPortfolioBuilder.Build(new SimulationPortfolioRequest(
                    new PortfolioRequest(slate, request.Lineups, request.Constraints), objective, scoring, race)
                { Simulation = request.Simulation with { Seed = seed } },
                    null, cancellationToken);
                if (objective == SimulationObjective.SimMean && perSeed.Count == 0) warnings.AddRange(result.Simulation.Warnings);
                var scores = result.Lineups.Select(l => Actual(l.Lineup)).ToList();
                if (perSeed.Count == 0) count = scores.Count;
                perSeed.Add(scores);
                reached.Add(scores.Count(s => s >= result.Target));
            }

            rows.Add(Row(objective.ToName(), count, perSeed, reached.Average(), random, bestOf));
        }

        // The best real lineup under the same per-lineup constraints: the ceiling the portfolios are judged against.
        var hindsight = PortfolioOptimizer.Build(new PortfolioRequest(
            slate with { Drivers = [.. slate.Drivers.Select(d => d with { Projection = actual[d.Id] })] }, 1,
            request.Constraints with { MinExposure = null, MaxExposure = null }), null, cancellationToken);
        return new SlateBacktest(salary.FileName, race, real.Laps, lapsSource, scoring.Name, resolved.Source,
            hindsight.Lineups.Count > 0 ? Actual(hindsight.Lineups[0]) : 0, random.Mean, rows, warnings);
    }

    private static (int Laps, string Source) Schedule(RaceLog log, RealRace race)
    {
        var derived = ScheduledLaps.Derive(log, race);
        var track = TrackTable.Find(race.TrackName);
        var shortest = log.Races
            .Where(r => r != race && r.IsCupPointsRace && r.TrackName == race.TrackName && TrackTable.Find(r.TrackName) == track)
            .Select(r => r.Laps).Where(d => ScheduledLaps.WithinOvertime(d, race.Laps)).DefaultIfEmpty(int.MaxValue).Min();
        // Overtime only adds laps: a shorter length another race at the track ran exactly (later ones too: a past race's
        // distance was on its schedule) is the distance an earlier overtime finish stood in for (COTA 2023: 69 run in
        // 2022 with overtime, 68 scheduled).
        return shortest < derived.Laps
            ? (shortest, $"scheduled distance from the track's other races ({race.Laps - shortest} overtime laps dropped)")
            : derived;
    }

    private static ObjectiveBacktest Row(string objective, int lineups, IReadOnlyList<List<double>> perSeed, double? reached, RandomLineups random, RandomLineups bestOf)
    {
        var best = perSeed.Select(s => s.DefaultIfEmpty(0).Max()).ToList();
        var mean = perSeed.Select(s => s.DefaultIfEmpty(0).Average()).ToList();
        return new ObjectiveBacktest(objective, lineups, SeedSpread.Of(best), SeedSpread.Of(mean),
            best.Average(bestOf.Percentile), mean.Average(random.Percentile), reached);
    }

    /// <summary>Real scores of random legal lineups (sorted), for percentiles.</summary>
    private sealed class RandomLineups(double[] sorted)
    {
        public double Mean { get; } = sorted.Average();

        /// <summary>Uniform random legal lineups: roster-size distinct starters under the cap (rejection sampling).</summary>
        public static RandomLineups Draw(Slate slate, Dictionary<string, double> actual, int count, ulong seed)
        {
            var rules = slate.Rules;
            var pool = slate.Drivers.Where(d => !d.Out).ToArray();
            if (pool.Length < rules.RosterSize) throw new ArgumentException($"The slate has {pool.Length} starters, fewer than a lineup's {rules.RosterSize}.");
            var random = new SeededRandom(seed);
            var scores = new double[count];
            var picked = new int[rules.RosterSize];
            for (int n = 0, tries = 0; n < count; tries++)
            {
                if (tries > count * 1_000) throw new ArgumentException("Almost no random lineup fits under the salary cap: the slate's salaries are too high.");
                var salary = 0;
                var points = 0.0;
                for (var k = 0; k < picked.Length; k++)
                {
                    int i;
                    do i = random.NextInt(pool.Length);
                    while (Array.IndexOf(picked, i, 0, k) >= 0);
                    picked[k] = i;
                    salary += pool[i].Salary;
                    points += actual[pool[i].Id];
                }

                if (salary <= rules.SalaryCap) scores[n++] = points;
            }

            Array.Sort(scores);
            return new RandomLineups(scores);
        }

        /// <summary>The best of <paramref name="size"/> random lineups, <paramref name="groups"/> times.</summary>
        public RandomLineups BestOf(int size, int groups, ulong seed)
        {
            var random = new SeededRandom(seed);
            var best = new double[groups];
            for (var g = 0; g < groups; g++)
            {
                var max = double.MinValue;
                for (var k = 0; k < size; k++) max = Math.Max(max, sorted[random.NextInt(sorted.Length)]);
                best[g] = max;
            }

            Array.Sort(best);
            return new RandomLineups(best);
        }

        /// <summary>Share (0–100) of the lineups scoring below <paramref name="score"/>, ties counted half.</summary>
        public double Percentile(double score)
        {
            var below = LowerBound(score);
            var upTo = UpperBound(score);
            return 100.0 * (below + 0.5 * (upTo - below)) / sorted.Length;
        }

        private int LowerBound(double x)
        {
            int lo = 0, hi = sorted.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (sorted[mid] < x) lo = mid + 1;
                else hi = mid;
            }

            return lo;
        }

        private int UpperBound(double x)
        {
            int lo = 0, hi = sorted.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (sorted[mid] <= x) lo = mid + 1;
                else hi = mid;
            }

            return lo;
        }
    }
}
