using System.Collections.Immutable;
using System.Globalization;
using NascarDfs.Domain.Slates;

namespace NascarDfs.Contests.Field;

/// <summary>
/// What the field aims for, per slate driver: the projected ownership (percent of lineups), estimates for starters
/// without one, 0 for drivers marked out, all scaled to sum to exactly roster size × 100% (every lineup holds
/// roster-size drivers, so a field cannot sum to anything else).
/// </summary>
/// <param name="Percent">Per slate driver, the target share of field lineups holding him, 0–100.</param>
/// <param name="Estimated">Per slate driver, whether his target is an estimate.</param>
/// <param name="Source">Projected, estimated or mixed.</param>
/// <param name="GivenTotal">What the given ownership summed to before scaling (null when none was given).</param>
/// <param name="Warnings">What was filled in or scaled.</param>
public sealed record OwnershipTargets(
    ImmutableArray<double> Percent, ImmutableArray<bool> Estimated, OwnershipSource Source, double? GivenTotal, ImmutableArray<string> Warnings)
{
    /// <summary>Targets for a slate. Throws <see cref="ArgumentException"/> with a sentence when the given ownership
    /// sums far from roster size × 100% (more than <see cref="FieldDefaults.OwnershipSumTolerance"/> off).</summary>
    public static OwnershipTargets For(IReadOnlyList<Driver> drivers, int rosterSize, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(drivers);
        var expected = rosterSize * 100.0;
        var warnings = ImmutableArray.CreateBuilder<string>();
        var given = Enumerable.Range(0, drivers.Count).Where(i => !drivers[i].Out && drivers[i].Ownership is not null).ToList();
        var outWithOwnership = drivers.Where(d => d.Out && d.Ownership is > 0).Select(d => d.Name).ToList();
        if (outWithOwnership.Count > 0) warnings.Add($"Drivers marked out keep no field ownership: {string.Join(", ", outWithOwnership)}.");

        var percent = new double[drivers.Count];
        var estimated = new bool[drivers.Count];
        var from = source is null ? "" : $" in {source}";
        if (given.Count == 0)
        {
            var estimate = OwnershipEstimate.Estimate(drivers, rosterSize);
            for (var i = 0; i < drivers.Count; i++) estimated[i] = !drivers[i].Out;
            warnings.Add("No Ownership column: the field follows an ownership ESTIMATE from projection and value (see the README, \"Contests\"), not a projection.");
            return new OwnershipTargets([.. estimate], [.. estimated], OwnershipSource.Estimated, null, warnings.ToImmutable());
        }

        var missing = Enumerable.Range(0, drivers.Count).Where(i => !drivers[i].Out && drivers[i].Ownership is null).ToList();
        var givenTotal = given.Sum(i => drivers[i].Ownership!.Value);
        if (Math.Abs(givenTotal - expected) > FieldDefaults.OwnershipSumTolerance * expected && missing.Count == 0)
        {
            throw new ArgumentException(
                $"The ownership{from} sums to {Percent1(givenTotal)}%, but {rosterSize}-driver lineups make a field's ownership sum to {Percent1(expected)}% "
                + $"(within {FieldDefaults.OwnershipSumTolerance:P0} is accepted and scaled): the Ownership column must be the percent of lineups holding each driver.");
        }

        if (missing.Count > 0 && givenTotal > expected * (1 + FieldDefaults.OwnershipSumTolerance))
        {
            throw new ArgumentException(
                $"The ownership{from} already sums to {Percent1(givenTotal)}% without {missing.Count} starter(s), more than the {Percent1(expected)}% "
                + $"{rosterSize}-driver lineups allow: the Ownership column must be the percent of lineups holding each driver.");
        }

        foreach (var i in given) percent[i] = drivers[i].Ownership!.Value;
        if (missing.Count > 0)
        {
            // Starters the column leaves out get the estimate's share of what the column leaves over, never less than
            // the estimate's own relative weight among them.
            var estimate = OwnershipEstimate.Estimate(drivers, rosterSize);
            var left = Math.Max(0, expected - givenTotal);
            var estimateTotal = missing.Sum(i => estimate[i]);
            foreach (var i in missing)
            {
                percent[i] = estimateTotal > 0 ? Math.Min(estimate[i], left * estimate[i] / estimateTotal) : 0;
                estimated[i] = true;
            }

            warnings.Add($"No ownership{from} for {missing.Count} starter(s), who get an estimate: "
                + string.Join(", ", missing.Select(i => $"{drivers[i].Name} ({Percent1(percent[i])}%, estimated)")) + ".");
        }

        var total = percent.Sum();
        if (total <= 0) throw new ArgumentException($"The ownership{from} is 0 for every starter: the field needs someone to pick.");
        var scaled = OwnershipEstimate.ScaleToTotal(percent, expected, 100);
        if (Math.Abs(total - expected) > 0.05)
        {
            warnings.Add($"The ownership{from} sums to {Percent1(total)}% and was scaled by {expected / total:0.###} to {Percent1(expected)}% ({rosterSize} drivers per lineup).");
        }

        return new OwnershipTargets([.. scaled], [.. estimated], missing.Count == 0 ? OwnershipSource.Projected : OwnershipSource.Mixed, givenTotal, warnings.ToImmutable());
    }

    private static string Percent1(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
