namespace NascarDfs.Contests.Field;

/// <summary>Defaults of <see cref="FieldOptions"/>.</summary>
public static class FieldDefaults
{
    /// <summary>Real NASCAR fields leave little salary on the table: most lineups spend at least 97% of the cap.</summary>
    public const double MinSalaryUse = 0.97;

    /// <summary>Share of field lineups that spend at least <see cref="MinSalaryUse"/> (the rest spend less). Three in four:
    /// the New Hampshire ownership projection implies an average spend of 94.7% of the cap, which a field with 90% of
    /// its lineups at 97% or more cannot match (the dearest drivers get forced in above their ownership).</summary>
    public const double ShareAtMinSalaryUse = 0.75;

    /// <summary>The field seed when none is given.</summary>
    public const ulong Seed = 20_240_623;

    /// <summary>The calibration stops once every driver's field share is within this many percentage points of its
    /// target (half the ±1 point the tests demand, so sampling noise of the last pass has room).</summary>
    public const double TolerancePoints = 0.5;

    /// <summary>Calibration passes before the field is reported with the misses it still has.</summary>
    public const int MaxCalibrationPasses = 40;

    /// <summary>The largest field (entries) one contest may have.</summary>
    public const int MaxEntries = 200_000;

    /// <summary>Ownership may sum this far (relative) from roster size × 100% before it is rejected as a wrong column.</summary>
    public const double OwnershipSumTolerance = 0.1;
}
