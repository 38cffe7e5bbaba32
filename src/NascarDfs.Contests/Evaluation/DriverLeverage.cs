namespace NascarDfs.Contests.Evaluation;

/// <summary>One driver: projected ownership, the generated field's ownership and the user's exposure (percent).</summary>
/// <param name="DriverId">The slate ID.</param>
/// <param name="Name">The driver.</param>
/// <param name="Salary">Salary.</param>
/// <param name="ProjectedOwnership">The field's target (the projection, scaled to roster size × 100%).</param>
/// <param name="Estimated">Whether the target is an estimate rather than a projection.</param>
/// <param name="FieldOwnership">Share of field entries holding him.</param>
/// <param name="Exposure">Share of the user's entries holding him.</param>
public sealed record DriverLeverage(string DriverId, string Name, int Salary, double ProjectedOwnership, bool Estimated, double FieldOwnership, double Exposure)
{
    /// <summary>Exposure − field ownership, percentage points: positive is overweight against the field.</summary>
    public double Leverage => Exposure - FieldOwnership;
}
