using NascarDfs.Simulation.Tracks;

namespace NascarDfs.Simulation.Projections;

/// <summary>How <see cref="HistoryProjector"/> weighs a driver's earlier races.</summary>
public sealed record HistoryProjectorOptions
{
    // HistoryProjector.FitGridWeights on the bundled race-logs.csv (Cup points races 2019-02 to 2025-11); dirt has too
    // few Cup races and keeps GridWeight.
    private static readonly IReadOnlyDictionary<TrackType, double> DefaultGridWeights = new Dictionary<TrackType, double>
    {
        [TrackType.Superspeedway] = 0,
        [TrackType.Intermediate] = 0.26,
        [TrackType.ShortTrack] = 0.42,
        [TrackType.RoadCourse] = 0.32,
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
    /// road course than in a superspeedway's pack. The defaults are <see cref="HistoryProjector.FitGridWeights"/> on the
    /// bundled race logs' Cup points races (2019–2025); the evaluation refits them on the races before its window.</summary>
    public IReadOnlyDictionary<TrackType, double> GridWeights { get; init; } = DefaultGridWeights;

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
        if (NewcomerRaces < 0) throw new ArgumentOutOfRangeException(nameof(NewcomerRaces), NewcomerRaces, "Not negative.");
    }

}
