using NascarDfs.Domain.Scoring;
using NascarDfs.Domain.Slates;
using NascarDfs.Simulation.RaceLogs;
using NascarDfs.Simulation.Tracks;

namespace NascarDfs.Simulation.Projections;

/// <summary>
/// Projections from the race logs alone: each driver's earlier Cup points races, rescored with the query's table,
/// weighted by recency (half-life), track type and track, and shrunk toward what newcomers score. With a starting
/// position the place-differential part is re-expected for that grid slot. Only races before the query date are read.
/// </summary>
public static class HistoryProjector
{
    /// <summary>Projects <paramref name="drivers"/> (name and, when known, starting position), matched to the logs by
    /// <see cref="DriverNameKey"/>.</summary>
    public static IReadOnlyList<HistoryProjection> Project(
        RaceLog log, HistoryQuery query, IReadOnlyList<(string Name, int? Start)> drivers, HistoryProjectorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(query);
        options ??= new HistoryProjectorOptions();
        options.Validate();
        var stats = Gather(log, query, options);
        var k = options.PriorRaces;
        var prior = stats.Newcomers;
        var scoring = query.Scoring;
        var result = new List<HistoryProjection>(drivers.Count);
        foreach (var (name, start) in drivers)
        {
            var s = stats.Drivers.GetValueOrDefault(DriverNameKey.Normalize(name)) ?? new Sums();
            var n = s.Effective;
            double Mix(double own, double pri) => s.W > 0 ? (n * own + k * pri) / (n + k) : pri;
            var mean = Mix(s.MeanS, prior.MeanS);
            var variance = Mix(s.VarS, prior.VarS);
            var projection = mean;
            if (start is { } grid)
            {
                var finish = Mix(s.MeanF, prior.MeanF);
                var expected = (1 - options.GridWeight) * finish + options.GridWeight * grid;
                // Points without his history's place differential, then this grid slot's, with the finish points moved
                // to the finish the grid now suggests.
                projection = Mix(s.MeanU, prior.MeanU) + scoring.PlaceDifferentialPerPosition * (grid - expected)
                    + FinishPoints(scoring, expected) - FinishPoints(scoring, finish);
            }

            result.Add(new HistoryProjection(name, Math.Round(Math.Max(0, projection), 2), Math.Round(Math.Sqrt(Math.Max(variance, 1)), 2),
                s.Races, Math.Round(n, 2), start));
        }

        return result;
    }

    private static (Dictionary<string, Sums> Drivers, Sums Newcomers) Gather(RaceLog log, HistoryQuery query, HistoryProjectorOptions options)
    {
        var drivers = new Dictionary<string, Sums>(StringComparer.Ordinal);
        var newcomers = new Sums();
        var oldest = query.Date.AddYears(-options.LookbackYears);
        var track = query.TrackName is { } t ? TrackTable.Find(t) : null;
        foreach (var race in log.Races)
        {
            // The log is in date order: everything from the query date on is the future.
            if (race.Date >= query.Date) break;
            if (race.Date < oldest || !race.IsCupPointsRace || !race.FinishesArePermutation) continue;
            var age = query.Date.DayNumber - race.Date.DayNumber;
            var w = Math.Pow(0.5, age / options.HalfLifeDays);
            if (race.Type == query.Type) w *= options.SameTypeWeight;
            if (track is not null && TrackTable.Find(race.TrackName) == track) w *= options.SameTrackWeight;
            foreach (var e in race.Entries)
            {
                var points = query.Scoring.Score(new RaceResult(e.Start, e.Finish, e.LapsLed, e.FastestLaps, e.Laps));
                var withoutDiff = points - query.Scoring.PlaceDifferentialPerPosition * (e.Start - e.Finish);
                var key = DriverNameKey.Normalize(e.DriverName);
                if (!drivers.TryGetValue(key, out var sums)) drivers[key] = sums = new Sums();
                if (sums.Races < options.NewcomerRaces) newcomers.Add(w, points, withoutDiff, e.Finish);
                sums.Add(w, points, withoutDiff, e.Finish);
            }
        }

        return (drivers, newcomers);
    }

    // Finish points between whole positions, linearly: an expected finish of 10.4 is worth 60/40 of 10th and 11th.
    private static double FinishPoints(ScoringTable scoring, double position)
    {
        var p = Math.Clamp(position, 1, scoring.FinishPoints.Length);
        var lo = (int)Math.Floor(p);
        var frac = p - lo;
        return (1 - frac) * scoring.PointsForFinish(lo) + frac * scoring.PointsForFinish(Math.Min(lo + 1, scoring.FinishPoints.Length));
    }

    private sealed class Sums
    {
        public int Races;
        public double W, W2, S, S2, U, F;

        public double Effective => W2 > 0 ? W * W / W2 : 0;
        public double MeanS => W > 0 ? S / W : 0;
        public double MeanU => W > 0 ? U / W : 0;
        public double MeanF => W > 0 ? F / W : 0;
        public double VarS => W > 0 ? Math.Max(0, S2 / W - MeanS * MeanS) : 0;

        public void Add(double w, double points, double withoutDiff, int finish)
        {
            Races++;
            W += w;
            W2 += w * w;
            S += w * points;
            S2 += w * points * points;
            U += w * withoutDiff;
            F += w * finish;
        }
    }
}
