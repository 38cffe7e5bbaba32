using NascarDfs.Domain.Lineups;
using NascarDfs.Domain.Scoring;
using NascarDfs.Domain.Slates;
using NascarDfs.Optimization.Portfolio;
using NascarDfs.Simulation.Portfolios;
using NascarDfs.Simulation.RaceLogs;
using NascarDfs.Simulation.Tracks;

namespace NascarDfs.Simulation.Backtests;

/// <summary>
/// Builds a portfolio with each objective on a past slate and scores it with the real race. The official grid is
/// taken from the race log (it is public before lineups lock); finishes, laps led and fastest laps never reach the
/// models. Slate drivers missing from the race did not start: out, 0 points.
/// </summary>
public static class Backtester
{
    /// <summary>Runs the backtest: the projection portfolio and one per simulation objective, each scored with the real race.</summary>
    public static BacktestResult Run(BacktestRequest request, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var real = request.Log.Find(request.RaceDate)
            ?? throw new ArgumentException($"No Cup points race on {request.RaceDate:yyyy-MM-dd} (±1 day) in the race logs.");
        var scoring = ScoringTables.ForDate(request.Slate.Site, real.Date);
        var byName = real.Entries.GroupBy(e => DriverNameKey.Normalize(e.DriverName)).ToDictionary(g => g.Key, g => g.First());
        var warnings = new List<string>();
        var actual = new Dictionary<string, double>(StringComparer.Ordinal);
        var drivers = new List<Driver>();
        foreach (var d in request.Slate.Drivers)
        {
            if (byName.TryGetValue(DriverNameKey.Normalize(d.Name), out var e))
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

        var slate = request.Slate with { Drivers = [.. drivers] };
        var race = new Race(real.Type ?? TrackType.Intermediate, real.Laps, real.TrackName, real.Date);
        double Actual(Lineup l) => l.DriverIds.Sum(id => actual[id]);
        var rows = new List<BacktestRow>();

        progress?.Report("projection");
        var exact = PortfolioOptimizer.Build(new PortfolioRequest(slate, request.Lineups, request.Constraints), null, cancellationToken);
        rows.Add(Row("projection", exact.Lineups, Actual, null));
        var target = 0.0;
        foreach (var objective in Enum.GetValues<SimulationObjective>())
        {
            progress?.Report(objective.ToName());
            var result = SimulationPortfolioBuilder.Build(new SimulationPortfolioRequest(
                new PortfolioRequest(slate, request.Lineups, request.Constraints), objective, scoring, race)
            { Simulation = request.Simulation },
                null, cancellationToken);
            target = result.Target;
            if (objective == SimulationObjective.SimMean) warnings.AddRange(result.Simulation.Warnings);
            rows.Add(Row(objective.ToName(), result.Lineups.Select(l => l.Lineup).ToList(), Actual, target));
        }

        // The best real lineup under the same per-lineup constraints: the ceiling the portfolios are judged against.
        var hindsight = PortfolioOptimizer.Build(new PortfolioRequest(
            slate with { Drivers = [.. slate.Drivers.Select(d => d with { Projection = actual[d.Id] })] }, 1,
            request.Constraints with { MinExposure = null, MaxExposure = null }), null, cancellationToken);
        return new BacktestResult(race, scoring.Name, target, hindsight.Lineups.Count > 0 ? Actual(hindsight.Lineups[0]) : 0, rows, warnings);
    }

    private static BacktestRow Row(string objective, IReadOnlyList<Lineup> lineups, Func<Lineup, double> actual, double? target)
    {
        var scores = lineups.Select(actual).ToList();
        return new BacktestRow(objective, lineups.Count, scores.DefaultIfEmpty(0).Max(), scores.DefaultIfEmpty(0).Average(),
            target is { } t ? scores.Count(s => s >= t) : null);
    }
}
