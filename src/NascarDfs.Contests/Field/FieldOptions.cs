namespace NascarDfs.Contests.Field;

/// <summary>How to draw the field of opponents. Defaults in <see cref="FieldDefaults"/>.</summary>
public sealed record FieldOptions
{
    /// <summary>Salary used by most lineups, as a share of the cap, 0–1.</summary>
    public double MinSalaryUse { get; init; } = FieldDefaults.MinSalaryUse;

    /// <summary>Share of lineups held to <see cref="MinSalaryUse"/>, 0–1.</summary>
    public double ShareAtMinSalaryUse { get; init; } = FieldDefaults.ShareAtMinSalaryUse;

    /// <summary>The seed: the same seed, slate and size give the same field whatever the thread count.</summary>
    public ulong Seed { get; init; } = FieldDefaults.Seed;

    /// <summary>Threads to use, at least 1.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Calibration target in percentage points, more than 0.</summary>
    public double TolerancePoints { get; init; } = FieldDefaults.TolerancePoints;

    /// <summary>Calibration passes, at least 1.</summary>
    public int MaxCalibrationPasses { get; init; } = FieldDefaults.MaxCalibrationPasses;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first invalid option.</summary>
    public void Validate()
    {
        if (double.IsNaN(MinSalaryUse) || MinSalaryUse is < 0 or > 1)
            throw new ArgumentOutOfRangeException(nameof(MinSalaryUse), MinSalaryUse, "The minimum salary use is a share of the cap between 0 and 1.");
        if (double.IsNaN(ShareAtMinSalaryUse) || ShareAtMinSalaryUse is < 0 or > 1)
            throw new ArgumentOutOfRangeException(nameof(ShareAtMinSalaryUse), ShareAtMinSalaryUse, "The share of lineups at the minimum salary use is between 0 and 1.");
        if (MaxDegreeOfParallelism < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "At least one thread.");
        if (double.IsNaN(TolerancePoints) || TolerancePoints <= 0)
            throw new ArgumentOutOfRangeException(nameof(TolerancePoints), TolerancePoints, "The tolerance is more than 0 percentage points.");
        if (MaxCalibrationPasses < 1)
            throw new ArgumentOutOfRangeException(nameof(MaxCalibrationPasses), MaxCalibrationPasses, "At least one calibration pass.");
    }
}
