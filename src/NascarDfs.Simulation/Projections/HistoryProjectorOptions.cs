namespace NascarDfs.Simulation.Projections;

/// <summary>How <see cref="HistoryProjector"/> weighs a driver's earlier races.</summary>
public sealed record HistoryProjectorOptions
{
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
        if (NewcomerRaces < 0) throw new ArgumentOutOfRangeException(nameof(NewcomerRaces), NewcomerRaces, "Not negative.");
    }
}
