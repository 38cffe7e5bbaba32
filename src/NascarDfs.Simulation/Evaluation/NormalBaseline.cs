using NascarDfs.Domain.Scoring;
using NascarDfs.Domain.Sites;
using NascarDfs.Simulation.Projections;
using NascarDfs.Simulation.RaceLogs;

namespace NascarDfs.Simulation.Evaluation;

/// <summary>
/// The baseline a simulator must beat: a driver's points ~ N(projection, σ²) with σ by projection bucket, fitted on
/// races before the window with the same history projections (so it is out of sample too).
/// </summary>
/// <param name="Races">Pre-window races it was fitted on.</param>
/// <param name="Buckets">σ per projection bucket, in ascending order.</param>
public sealed record NormalBaseline(int Races, IReadOnlyList<NormalBucket> Buckets)
{
    // Projection edges: backmarkers, midfield, top-15, contenders, favourites. Narrow enough that σ varies, wide enough
    // that each bucket holds hundreds of cases in two seasons.
    private static readonly double[] Edges = [0, 15, 25, 35, 45];

    // A bucket needs this many cases for its own σ; fewer take the pooled one.
    private const int MinBucketCases = 30;

    /// <summary>σ for a projection.</summary>
    public double StdDev(double projection)
    {
        var bucket = Buckets[0];
        foreach (var b in Buckets)
        {
            if (projection >= b.Lower) bucket = b;
        }

        return bucket.StdDev;
    }

    internal static NormalBaseline Fit(RaceLog log, DateOnly from, int years, HistoryProjectorOptions projector)
    {
        var oldest = from.AddYears(-years);
        var residuals = Edges.Select(_ => new List<double>()).ToArray();
        var races = 0;
        foreach (var race in log.Races)
        {
            if (race.Date < oldest || race.Date >= from || !RaceSelection.Usable(race)) continue;
            races++;
            var scoring = ScoringTables.ForDate(Site.DraftKings, race.Date);
            var projections = HistoryProjector.Project(log, new HistoryQuery(race.Type!.Value, race.TrackName, race.Date, scoring),
                race.Entries.Select(e => (e.DriverName, (int?)e.Start)).ToList(), projector);
            for (var i = 0; i < race.Entries.Length; i++)
            {
                var e = race.Entries[i];
                var real = scoring.Score(new RaceResult(e.Start, e.Finish, e.LapsLed, e.FastestLaps, e.Laps));
                residuals[BucketOf(projections[i].Projection)].Add(real - projections[i].Projection);
            }
        }

        var all = residuals.SelectMany(r => r).ToList();
        var pooled = all.Count > 0 ? Rms(all) : 12;
        var buckets = Edges.Select((lower, k) => new NormalBucket(lower, k + 1 < Edges.Length ? Edges[k + 1] : null,
            residuals[k].Count, Math.Round(residuals[k].Count >= MinBucketCases ? Rms(residuals[k]) : pooled, 3))).ToList();
        return new NormalBaseline(races, buckets);
    }

    private static int BucketOf(double projection)
    {
        var k = 0;
        while (k + 1 < Edges.Length && projection >= Edges[k + 1]) k++;
        return k;
    }

    private static double Rms(List<double> xs) => Math.Sqrt(xs.Sum(x => x * x) / xs.Count);
}
