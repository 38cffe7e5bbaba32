using System.Collections.Immutable;
using System.Globalization;
using NascarDfs.Domain.Randomness;
using NascarDfs.Domain.Sites;
using NascarDfs.Domain.Slates;

namespace NascarDfs.Contests.Field;

/// <summary>
/// Draws a contest's field (SPEC §10): lineups valid for the site, no driver twice, each driver's share of the
/// field calibrated to his target ownership by iterative proportional weight adjustment — draw the whole field,
/// multiply each driver's weight by target ÷ achieved, draw it again with the same random numbers — until every
/// driver is within <see cref="FieldOptions.TolerancePoints"/> or the misses stop shrinking. A field of more than
/// 20,000 entries is calibrated on its 20,000-entry prefix (same random streams), then drawn whole at most three
/// times to correct the prefix's sampling noise, so the reported ownership is the field's own.
/// Deterministic by seed: lineup blocks have their own random streams whatever thread draws them.
/// </summary>
public static class FieldGenerator
{
    private const int BlockSize = 2_048;
    private const int CoarseEntries = 20_000;
    private const int CoarseStall = 3; // prefix passes without a 2% gain before the whole field is drawn
    private const int MaxFullPasses = 3;
    private const double MaxStep = 2.0; // a weight moves at most ×2 or ÷2 per pass, so a noisy miss cannot overshoot far

    /// <summary>Draws <paramref name="entries"/> opponents for a slate of <paramref name="rules"/>' site.</summary>
    /// <param name="drivers">The slate's drivers; those marked out are never picked.</param>
    /// <param name="rules">The site: roster size and cap.</param>
    /// <param name="entries">Field entries, 1 to <see cref="FieldDefaults.MaxEntries"/>.</param>
    /// <param name="targets">Target ownership; null: <see cref="OwnershipTargets.For"/> the drivers.</param>
    /// <param name="options">Salary use, seed, threads, calibration.</param>
    /// <param name="cancellationToken">Stops between blocks.</param>
    public static ContestField Generate(
        IReadOnlyList<Driver> drivers, SiteRules rules, int entries, OwnershipTargets? targets = null, FieldOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(drivers);
        ArgumentNullException.ThrowIfNull(rules);
        options ??= new FieldOptions();
        options.Validate();
        if (entries is < 1 or > FieldDefaults.MaxEntries)
            throw new ArgumentOutOfRangeException(nameof(entries), entries, $"A field has 1 to {FieldDefaults.MaxEntries:N0} entries.");
        if (drivers.Count > 128) throw new ArgumentException($"A slate of {drivers.Count} drivers is more than the 128 a field lineup can hold.", nameof(drivers));
        targets ??= OwnershipTargets.For(drivers, rules.RosterSize);

        var n = drivers.Count;
        var warnings = targets.Warnings.ToBuilder();
        var salary = drivers.Select(d => d.Salary).ToArray();
        var eligible = Enumerable.Range(0, n).Where(i => !drivers[i].Out && targets.Percent[i] > 0).ToList();
        if (eligible.Count < rules.RosterSize)
        {
            throw new ArgumentException($"Only {eligible.Count} drivers have a field ownership above 0; a {rules.DisplayName} lineup needs {rules.RosterSize}.");
        }

        var sampler = new FieldSampler(salary, eligible, rules.RosterSize, rules.SalaryCap);
        var floor = (int)Math.Ceiling(options.MinSalaryUse * rules.SalaryCap - 1e-9);
        if (sampler.MaxSpend() < floor)
        {
            warnings.Add($"No lineup of this slate can spend {options.MinSalaryUse:P0} of the cap; the field spends up to ${sampler.MaxSpend():N0}.");
            floor = sampler.MaxSpend();
        }

        var target = targets.Percent.ToArray();
        var weights = new double[n];
        foreach (var i in eligible) weights[i] = target[i];
        var masks = new UInt128[entries];
        var achieved = new double[n];
        var size = Math.Min(entries, CoarseEntries);
        var passes = 0;
        var fullPasses = 0;
        var prefixed = size < entries;
        var best = double.MaxValue;
        var stalled = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            passes++;
            Draw(sampler, weights, floor, rules.SalaryCap, options, masks, size, achieved, cancellationToken);
            var error = eligible.Max(i => Math.Abs(achieved[i] - target[i]));
            var last = passes >= options.MaxCalibrationPasses;
            // Targets the salary rules make unreachable stop improving: passes without a 2% gain end a stage.
            stalled = error < 0.98 * best ? 0 : stalled + 1;
            best = Math.Min(best, error);
            if (size < entries)
            {
                // The prefix carries the calibration (a fifth of the cost of a whole pass at 100,000 entries); the
                // whole field then only corrects the prefix's sampling noise.
                if (error <= options.TolerancePoints || stalled >= CoarseStall || passes >= options.MaxCalibrationPasses / 2)
                {
                    size = entries;
                    best = double.MaxValue;
                    stalled = 0;
                }
            }
            else
            {
                fullPasses++;
                var done = prefixed ? stalled >= 1 || fullPasses >= MaxFullPasses : stalled >= CoarseStall;
                if (error <= options.TolerancePoints || last || done) break;
            }

            foreach (var i in eligible)
            {
                var ratio = achieved[i] > 0 ? target[i] / achieved[i] : MaxStep;
                weights[i] *= Math.Clamp(ratio, 1 / MaxStep, MaxStep);
            }
        }

        var misses = eligible.Where(i => Math.Abs(achieved[i] - target[i]) > 1).ToList();
        if (misses.Count > 0)
        {
            warnings.Add($"The field could not match {misses.Count} driver(s) within 1 point under the salary rules: "
                + string.Join(", ", misses.Select(i => $"{drivers[i].Name} {F1(achieved[i])}% vs {F1(target[i])}%")) + ".");
        }

        var (lineups, counts) = Distinct(masks);
        var atFloor = masks.Count(m => Spend(m, salary) >= (int)Math.Ceiling(options.MinSalaryUse * rules.SalaryCap - 1e-9)) / (double)entries;
        return new ContestField(drivers, lineups, counts, targets, achieved, atFloor, passes, warnings.ToImmutable());
    }

    private static void Draw(
        FieldSampler sampler, double[] weights, int floor, int cap, FieldOptions options, UInt128[] masks, int size, double[] achieved, CancellationToken cancellationToken)
    {
        var n = weights.Length;
        var blocks = (size + BlockSize - 1) / BlockSize;
        var counts = new int[blocks][];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.For(0, blocks, parallel, () => new FieldSampler.Scratch(n), (block, _, scratch) =>
        {
            var rng = new SeededRandom(options.Seed, (ulong)block);
            var local = counts[block] = new int[n];
            var end = Math.Min(size, (block + 1) * BlockSize);
            for (var k = block * BlockSize; k < end; k++)
            {
                // Lineups held to the floor spend floor..cap, the others less than the floor: the share is the parameter.
                var atFloor = rng.NextDouble() < options.ShareAtMinSalaryUse;
                var mask = sampler.Draw(ref rng, weights, atFloor ? floor : 0, atFloor || floor == 0 ? cap : floor - 1, scratch);
                masks[k] = mask;
                for (var m = mask; m != UInt128.Zero; m &= m - 1) local[(int)UInt128.TrailingZeroCount(m)]++;
            }

            return scratch;
        }, _ => { });

        Array.Clear(achieved);
        foreach (var local in counts)
        {
            for (var i = 0; i < n; i++) achieved[i] += local[i];
        }

        for (var i = 0; i < n; i++) achieved[i] = 100.0 * achieved[i] / size;
    }

    private static (UInt128[] Lineups, int[] Counts) Distinct(UInt128[] masks)
    {
        var sorted = (UInt128[])masks.Clone();
        Array.Sort(sorted);
        var lineups = new List<UInt128>();
        var counts = new List<int>();
        for (var k = 0; k < sorted.Length; k++)
        {
            if (k > 0 && sorted[k] == sorted[k - 1]) counts[^1]++;
            else
            {
                lineups.Add(sorted[k]);
                counts.Add(1);
            }
        }

        return ([.. lineups], [.. counts]);
    }

    internal static int Spend(UInt128 mask, int[] salary)
    {
        var sum = 0;
        for (var m = mask; m != UInt128.Zero; m &= m - 1) sum += salary[(int)UInt128.TrailingZeroCount(m)];
        return sum;
    }

    private static string F1(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

}
