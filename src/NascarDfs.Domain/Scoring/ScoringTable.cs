using System.Collections.Immutable;
using NascarDfs.Domain.Sites;

namespace NascarDfs.Domain.Scoring;

/// <summary>
/// A site's NASCAR scoring rules in force from <see cref="EffectiveFrom"/> until (not including)
/// <see cref="EffectiveUntil"/>. Tables are data (see <see cref="ScoringTables"/>), never branches.
/// </summary>
public sealed record ScoringTable(
    string Name,
    Site Site,
    DateOnly EffectiveFrom,
    DateOnly? EffectiveUntil,
    ImmutableArray<double> FinishPoints,
    double PlaceDifferentialPerPosition,
    double PointsPerLapLed,
    double PointsPerFastestLap,
    double PointsPerLapCompleted)
{
    /// <summary>Points for finishing in <paramref name="position"/> (1-based); 0 beyond the table.</summary>
    public double PointsForFinish(int position) =>
        position >= 1 && position <= FinishPoints.Length ? FinishPoints[position - 1] : 0;

    /// <summary>Fantasy points of one race result.</summary>
    public double Score(RaceResult result) =>
        PointsForFinish(result.Finish)
        + PlaceDifferentialPerPosition * (result.Start - result.Finish)
        + PointsPerLapLed * result.LapsLed
        + PointsPerFastestLap * result.FastestLaps
        + PointsPerLapCompleted * result.LapsCompleted;

    /// <summary>Whether the table was in force on <paramref name="date"/>.</summary>
    public bool AppliesOn(DateOnly date) =>
        date >= EffectiveFrom && (EffectiveUntil is null || date < EffectiveUntil.Value);
}
