using NascarDfs.Simulation.Tracks;

namespace NascarDfs.Simulation.Projections;

/// <summary>How <see cref="HistoryProjector"/> weighs a driver's earlier races.</summary>
public sealed record HistoryProjectorOptions
{
    // HistoryProjector.FitGrid on the bundled race-logs.csv (Cup points races 2019-02 to 2025-11, weighted by recency up
    // to the day after the last); dirt has too few Cup races and keeps GridWeight and no bonus.
    private static readonly IReadOnlyDictionary<TrackType, double> DefaultGridWeights = new Dictionary<TrackType, double>
    {
        [TrackType.Superspeedway] = 0.04,
        [TrackType.Intermediate] = 0.28,
        [TrackType.ShortTrack] = 0.36,
        [TrackType.RoadCourse] = 0.34,
    };

    private static readonly IReadOnlyDictionary<TrackType, double[]> DefaultFrontBonuses = new Dictionary<TrackType, double[]>
    {
        [TrackType.Superspeedway] = [0.65, -4.04, -0.48],
        [TrackType.Intermediate] = [12.29, 9.04, 2.09],
        [TrackType.ShortTrack] = [15.01, 11.15, -0.98],
        [TrackType.RoadCourse] = [7.39, 2.62, 0.78],
    };

    private static readonly IReadOnlyDictionary<TrackType, HistoryWeights> DefaultHistoryWeights = new Dictionary<TrackType, HistoryWeights>
    {
        [TrackType.Superspeedway] = new(15, 1),
        [TrackType.Intermediate] = new(1, 3),
        [TrackType.ShortTrack] = new(15, 3),
        [TrackType.RoadCourse] = new(30, 1),
    };

    /// <summary>A race this many days old counts half as much as one today, at least 1 (default 365: the 2022 car
    /// and driver moves make two-year-old form a weak guide).</summary>
    public double HalfLifeDays { get; init; } = 365;

    /// <summary>Races older than this are ignored, 1 to 20 years.</summary>
    public int LookbackYears { get; init; } = 4;

    /// <summary>Weight multiplier of a race of the same track type, at least 1 (a type without its own
    /// <see cref="HistoryWeights"/>).</summary>
    public double SameTypeWeight { get; init; } = 3;

    /// <summary>Further multiplier of a race at the same track, at least 1 (a type without its own
    /// <see cref="HistoryWeights"/>).</summary>
    public double SameTrackWeight { get; init; } = 1.5;

    /// <summary>Per track type, how much more a race of that type and a race at the same track count, where they differ
    /// from <see cref="SameTypeWeight"/> and <see cref="SameTrackWeight"/>: a road course or a superspeedway asks for
    /// skills the other types do not show. The defaults are <see cref="HistoryProjector.FitGrid"/> on the bundled race
    /// logs' Cup points races (2019–2025); the evaluation refits them on the races before its window.</summary>
    public IReadOnlyDictionary<TrackType, HistoryWeights> HistoryWeights { get; init; } = DefaultHistoryWeights;

    /// <summary>The same-type and same-track multipliers of a track type.</summary>
    public HistoryWeights HistoryWeightsFor(TrackType type) =>
        HistoryWeights.TryGetValue(type, out var w) ? w : new HistoryWeights(SameTypeWeight, SameTrackWeight);

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
        foreach (var (type, h) in HistoryWeights)
        {
            if (!(h.SameType >= 1 && h.SameTrack >= 1 && h.SameType <= 1000 && h.SameTrack <= 1000))
            {
                throw new ArgumentOutOfRangeException(nameof(HistoryWeights), h, $"The history weights of {type.ToName()}: each between 1 and 1000.");
            }
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

/// <summary>How much more a driver's earlier race counts when it was of the projected race's track type
/// (<paramref name="SameType"/>) and, further, at its track (<paramref name="SameTrack"/>); both at least 1.</summary>
public readonly record struct HistoryWeights(double SameType, double SameTrack);
