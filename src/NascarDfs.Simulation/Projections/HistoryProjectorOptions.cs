using NascarDfs.Simulation.Tracks;

namespace NascarDfs.Simulation.Projections;

/// <summary>How <see cref="HistoryProjector"/> weighs a driver's earlier races.</summary>
public sealed record HistoryProjectorOptions
{
    // HistoryProjector.FitGrid on the bundled race-logs.csv (Cup points races 2019-02 to 2025-11, weighted by recency up
    // to the day after the last); dirt has too few Cup races and keeps GridWeight and no bonus.
    private static readonly IReadOnlyDictionary<TrackType, double> DefaultGridWeights = new Dictionary<TrackType, double>
    {
        [TrackType.Superspeedway] = 0,
        [TrackType.Intermediate] = 0.26,
        [TrackType.ShortTrack] = 0.38,
        [TrackType.RoadCourse] = 0.38,
    };

    private static readonly IReadOnlyDictionary<TrackType, double[]> DefaultFrontBonuses = new Dictionary<TrackType, double[]>
    {
        [TrackType.Superspeedway] = [-0.01, -4.17, -1.55],
        [TrackType.Intermediate] = [12.32, 8.81, 2.51],
        [TrackType.ShortTrack] = [15.47, 12.19, -0.02],
        [TrackType.RoadCourse] = [5.97, 2.11, -1.06],
    };

    /// <summary>A race this many days old counts half as much as one today, at least 1 (default 365: the 2022 car
    /// and driver moves make two-year-old form a weak guide).</summary>
    public double HalfLifeDays { get; init; } = 365;

    /// <summary>Races older than this are ignored, 1 to 20 years.</summary>
    public int LookbackYears { get; init; } = 4;

    /// <summary>Weight multiplier of a race of the same track type, at least 1.</summary>
    public double SameTypeWeight { get; init; } = 3;

    /// <summary>Further multiplier of a race at the same track, at least 1.</summary>
    public double SameTrackWeight { get; init; } = 1.5;

    /// <summary>Pseudo-races of the newcomers' average mixed into every driver's mean and variance (shrinkage), at least 0.</summary>
    public double PriorRaces { get; init; } = 3;

    /// <summary>How far the starting position moves the expected finish from the history's (0: not at all, 1: finish
    /// = start), 0 to 1. Qualifying speed is news about this weekend's car.</summary>
    public double GridWeight { get; init; } = 0.3;

    /// <summary>The grid weight per track type, where it differs from <see cref="GridWeight"/>: qualifying says more at a
    /// road course than in a superspeedway's pack. The defaults are <see cref="HistoryProjector.FitGrid"/> on the
    /// bundled race logs' Cup points races (2019–2025); the evaluation refits them on the races before its window.</summary>
    public IReadOnlyDictionary<TrackType, double> GridWeights { get; init; } = DefaultGridWeights;

    /// <summary>Grid slots that get a front-of-grid bonus (<see cref="FrontBonuses"/>).</summary>
    public const int FrontSlots = 3;

    /// <summary>Per track type, DraftKings points added to the projection of the driver starting in slot 1, 2, …
    /// (<see cref="FrontSlots"/>): the front row leads the first laps and keeps track position, which a driver's history,
    /// averaged over wherever he started, does not hold (out of sample, 2023–2025, the front row scored 11–14 points
    /// above its projection without it). Fitted by <see cref="HistoryProjector.FitGrid"/>; a type without them gets none.</summary>
    public IReadOnlyDictionary<TrackType, double[]> FrontBonuses { get; init; } = DefaultFrontBonuses;

    /// <summary>The front-of-grid bonuses of a track type (empty: none).</summary>
    public double[] FrontBonusesFor(TrackType type) => FrontBonuses.TryGetValue(type, out var b) ? b : [];

    /// <summary>The grid weight of a track type.</summary>
    public double GridWeightFor(TrackType type) => GridWeights.TryGetValue(type, out var w) ? w : GridWeight;

    /// <summary>A driver with fewer earlier races than this (in the lookback) counts as a newcomer for the prior.</summary>
    public int NewcomerRaces { get; init; } = 5;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first invalid option.</summary>
    public void Validate()
    {
        if (HalfLifeDays < 1) throw new ArgumentOutOfRangeException(nameof(HalfLifeDays), HalfLifeDays, "At least 1 day.");
        if (LookbackYears is < 1 or > 20) throw new ArgumentOutOfRangeException(nameof(LookbackYears), LookbackYears, "Between 1 and 20 years.");
        if (SameTypeWeight < 1) throw new ArgumentOutOfRangeException(nameof(SameTypeWeight), SameTypeWeight, "At least 1.");
        if (SameTrackWeight < 1) throw new ArgumentOutOfRangeException(nameof(SameTrackWeight), SameTrackWeight, "At least 1.");
        if (PriorRaces < 0) throw new ArgumentOutOfRangeException(nameof(PriorRaces), PriorRaces, "Not negative.");
        if (GridWeight is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(GridWeight), GridWeight, "Between 0 and 1.");
        foreach (var (type, w) in GridWeights)
        {
            if (w is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(GridWeights), w, $"The grid weight of {type.ToName()}: between 0 and 1.");
        }
        foreach (var (type, b) in FrontBonuses)
        {
            if (b.Length > FrontSlots || b.Any(x => !double.IsFinite(x) || Math.Abs(x) > 100))
            {
                throw new ArgumentOutOfRangeException(nameof(FrontBonuses), b.Length, $"The front bonuses of {type.ToName()}: at most {FrontSlots}, each within ±100 points.");
            }
        }

        if (NewcomerRaces < 0) throw new ArgumentOutOfRangeException(nameof(NewcomerRaces), NewcomerRaces, "Not negative.");
    }

}
