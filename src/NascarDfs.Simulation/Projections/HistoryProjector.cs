using NascarDfs.Domain.Scoring;
using NascarDfs.Domain.Sites;
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
        var gridWeight = options.GridWeightFor(query.Type);
        var bonuses = options.FrontBonusesFor(query.Type);
        // The bonuses are DraftKings points, mostly laps led: another site's table scales them by its points per lap led.
        var reference = ScoringTables.ForDate(Site.DraftKings, query.Date).PointsPerLapLed;
        var scale = reference > 0 ? query.Scoring.PointsPerLapLed / reference : 1;
        return [.. Histories(log, query, drivers, options, options.HistoryWeightsFor(query.Type)).Select((h, i) =>
        {
            var start = drivers[i].Start;
            var bonus = start is { } g && g >= 1 && g <= bonuses.Length ? scale * bonuses[g - 1] : 0;
            return new HistoryProjection(drivers[i].Name, Math.Round(Math.Max(0, h.Project(query.Scoring, start, gridWeight) + bonus), 2),
                Math.Round(h.StdDev, 2), h.Races, Math.Round(h.EffectiveRaces, 2), start);
        })];
    }

    /// <summary>
    /// Fits, per track type on the Cup points races before <paramref name="before"/>, the history weights
    /// (<see cref="HistoryProjectorOptions.HistoryWeights"/>), the grid weight (<see cref="HistoryProjectorOptions.GridWeights"/>)
    /// and the front-of-grid bonuses (<see cref="HistoryProjectorOptions.FrontBonuses"/>): each race projected from its own
    /// earlier races and real grid; the same-type × same-track multipliers (of <see cref="SameTypeCandidates"/> ×
    /// <see cref="SameTrackCandidates"/>) and the grid weight (0 to 1, steps of 0.02) the pair whose projections miss the
    /// real DraftKings points by the least squares; then, at them, the bonus of grid slot s (1 to
    /// <see cref="HistoryProjectorOptions.FrontSlots"/>) the mean miss of the drivers who started there, shrunk toward 0 by
    /// <see cref="BonusPriorCases"/> pseudo-cases. A type with fewer than <paramref name="minRaces"/> races keeps the
    /// options' defaults (<see cref="HistoryProjectorOptions.GridWeight"/>, <see cref="HistoryProjectorOptions.SameTypeWeight"/>,
    /// <see cref="HistoryProjectorOptions.SameTrackWeight"/>) and no bonus.
    /// </summary>
    /// <returns><paramref name="options"/> with the fitted weights and bonuses.</returns>
    public static HistoryProjectorOptions FitGrid(
        RaceLog log, DateOnly before, HistoryProjectorOptions? options = null, int historyDays = 365, int minRaces = 10)
    {
        ArgumentNullException.ThrowIfNull(log);
        options ??= new HistoryProjectorOptions();
        options.Validate();
        var latest = log.Races.Where(r => r.IsCupPointsRace && r.Date < before).Select(r => r.Date).DefaultIfEmpty(before).Max();
        var first = log.Races.Where(r => r.IsCupPointsRace).Select(r => r.Date).DefaultIfEmpty(DateOnly.MaxValue).Min();
        var candidates = SameTypeCandidates.SelectMany(t => SameTrackCandidates.Select(k => new HistoryWeights(t, k))).ToArray();
        var fits = new Dictionary<TrackType, GridFitSums[]>();
        var races = new Dictionary<TrackType, int>();
        foreach (var race in log.Races)
        {
            if (race.Date >= before) break;
            if (!race.IsCupPointsRace || !race.FinishesArePermutation || race.Type is not { } type) continue;
            if (race.Date.DayNumber - first.DayNumber < historyDays) continue;
            var scoring = ScoringTables.ForDate(Site.DraftKings, race.Date);
            var query = new HistoryQuery(type, race.TrackName, race.Date, scoring);
            var drivers = race.Entries.Select(e => (e.DriverName, (int?)e.Start)).ToList();
            var real = race.Entries.Select(e => scoring.Score(new RaceResult(e.Start, e.Finish, e.LapsLed, e.FastestLaps, e.Laps))).ToArray();
            if (!fits.TryGetValue(type, out var sums)) fits[type] = sums = [.. candidates.Select(_ => new GridFitSums())];
            races[type] = races.GetValueOrDefault(type) + 1;
            // Recency: the front of the grid gained with the 2022 car; a race's weight halves every half-life before the fit date.
            var weight = Math.Pow(0.5, (latest.DayNumber - race.Date.DayNumber) / options.HalfLifeDays);
            for (var c = 0; c < candidates.Length; c++)
            {
                var histories = Histories(log, query, drivers, options, candidates[c]);
                for (var i = 0; i < race.Entries.Length; i++)
                {
                    var h = histories[i];
                    var start = race.Entries[i].Start;
                    sums[c].Add(start, weight, k => Math.Max(0, h.Project(scoring, start, k)) - real[i]);
                }
            }
        }

        var fitted = fits.Where(kv => races[kv.Key] >= minRaces)
            .Select(kv => (Type: kv.Key, Best: Enumerable.Range(0, candidates.Length).MinBy(c => kv.Value[c].BestSquares), Sums: kv.Value))
            .ToList();
        return options with
        {
            HistoryWeights = fitted.ToDictionary(f => f.Type, f => candidates[f.Best]),
            GridWeights = fitted.ToDictionary(f => f.Type, f => f.Sums[f.Best].BestWeight),
            FrontBonuses = fitted.ToDictionary(f => f.Type, f => f.Sums[f.Best].Bonuses()),
        };
    }

    /// <summary>The same-type multipliers <see cref="FitGrid"/> tries (1: a race of another type counts as much).</summary>
    public static readonly IReadOnlyList<double> SameTypeCandidates = [1, 2, 3, 5, 8, 15, 30];

    /// <summary>The same-track multipliers <see cref="FitGrid"/> tries.</summary>
    public static readonly IReadOnlyList<double> SameTrackCandidates = [1, 1.5, 3];

    /// <summary>One track type's sums for <see cref="FitGrid"/>: per candidate grid weight (steps of 0.02) the weighted
    /// squared misses, and per front slot the weighted misses and cases.</summary>
    private sealed class GridFitSums
    {
        private const int Steps = 50;
        private const int Slots = HistoryProjectorOptions.FrontSlots;
        private readonly double[] _squares = new double[Steps + 1];
        private readonly double[,] _slotMisses = new double[Steps + 1, Slots];
        private readonly double[] _slotCases = new double[Slots];

        /// <summary>A starter from <paramref name="start"/>: <paramref name="miss"/> is his projection less his real points
        /// at a grid weight.</summary>
        public void Add(int start, double weight, Func<double, double> miss)
        {
            var slot = start - 1;
            var front = slot is >= 0 and < Slots;
            for (var k = 0; k <= Steps; k++)
            {
                var m = miss((double)k / Steps);
                _squares[k] += weight * m * m;
                if (front) _slotMisses[k, slot] -= weight * m;
            }

            if (front) _slotCases[slot] += weight;
        }

        private int Best => Array.IndexOf(_squares, _squares.Min());

        /// <summary>The weighted squared misses at the best grid weight.</summary>
        public double BestSquares => _squares[Best];

        public double BestWeight => Math.Round((double)Best / Steps, 2);

        /// <summary>At the best weight, each front slot's mean miss shrunk by <see cref="BonusPriorCases"/>.</summary>
        public double[] Bonuses()
        {
            var best = Best;
            return [.. Enumerable.Range(0, Slots).Select(slot => Math.Round(_slotMisses[best, slot] / (_slotCases[slot] + BonusPriorCases), 2))];
        }
    }

    /// <summary>Pseudo-cases of no bonus mixed into each front-of-grid bonus (shrinkage): a type with 20 races keeps two
    /// thirds of its mean miss.</summary>
    public const double BonusPriorCases = 10;

    /// <summary>Each driver's weighted history, shrunk toward the newcomers'.</summary>
    private static History[] Histories(
        RaceLog log, HistoryQuery query, IReadOnlyList<(string Name, int? Start)> drivers, HistoryProjectorOptions options, HistoryWeights weights)
    {
        var stats = Gather(log, query, options, weights);
        var k = options.PriorRaces;
        var prior = stats.Newcomers;
        return [.. drivers.Select(d =>
        {
            var s = stats.Drivers.GetValueOrDefault(DriverNameKey.Normalize(d.Name)) ?? new Sums();
            var n = s.Effective;
            double Mix(double own, double pri) => s.W > 0 ? (n * own + k * pri) / (n + k) : pri;
            return new History(Mix(s.MeanS, prior.MeanS), Math.Sqrt(Math.Max(Mix(s.VarS, prior.VarS), 1)), Mix(s.MeanU, prior.MeanU),
                Mix(s.MeanF, prior.MeanF), s.Races, n);
        })];
    }

    /// <summary>A driver's history: mean points, their sd, mean points without place differential, mean finish.</summary>
    private readonly record struct History(double Mean, double StdDev, double MeanWithoutDiff, double MeanFinish, int Races, double EffectiveRaces)
    {
        /// <summary>His projection; with a grid slot, the place-differential part is re-expected for it: his points without
        /// his history's place differential, then this slot's, with the finish points moved to the finish the grid now
        /// suggests (<paramref name="gridWeight"/> of the way from his history's mean finish to the slot).</summary>
        public double Project(ScoringTable scoring, int? start, double gridWeight)
        {
            if (start is not { } grid) return Mean;
            var expected = (1 - gridWeight) * MeanFinish + gridWeight * grid;
            return MeanWithoutDiff + scoring.PlaceDifferentialPerPosition * (grid - expected)
                + FinishPoints(scoring, expected) - FinishPoints(scoring, MeanFinish);
        }
    }

    private static (Dictionary<string, Sums> Drivers, Sums Newcomers) Gather(RaceLog log, HistoryQuery query, HistoryProjectorOptions options, HistoryWeights weights)
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
            if (race.Type == query.Type) w *= weights.SameType;
            if (track is not null && TrackTable.Find(race.TrackName) == track) w *= weights.SameTrack;
            foreach (var e in race.Entries)
            {
                var points = query.Scoring.Score(new RaceResult(e.Start, e.Finish, e.LapsLed, e.FastestLaps, e.Laps));
                var withoutDiff = points - query.Scoring.PlaceDifferentialPerPosition * (e.Start - e.Finish);
                var key = NameKey(e.DriverName);
                if (!drivers.TryGetValue(key, out var sums)) drivers[key] = sums = new Sums();
                if (sums.Races < options.NewcomerRaces) newcomers.Add(w, points, withoutDiff, e.Finish);
                sums.Add(w, points, withoutDiff, e.Finish);
            }
        }

        return (drivers, newcomers);
    }

    // Normalizing a name is string work: a fit projects every race 21 times over four years of entries, so each spelling
    // is normalized once (distinct spellings number in the thousands; the cache is dropped if it ever grows past a bound).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> NameKeys = new(StringComparer.Ordinal);

    private static string NameKey(string name)
    {
        if (NameKeys.TryGetValue(name, out var key)) return key;
        if (NameKeys.Count > 100_000) NameKeys.Clear();
        return NameKeys[name] = DriverNameKey.Normalize(name);
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
