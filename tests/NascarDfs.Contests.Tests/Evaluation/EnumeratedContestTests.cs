using NascarDfs.Contests.Definitions;
using NascarDfs.Contests.Evaluation;
using NascarDfs.Contests.Payouts;
using NascarDfs.Domain.Randomness;
using NascarDfs.Domain.Sites;

namespace NascarDfs.Contests.Tests.Evaluation;

/// <summary>
/// A contest small enough to enumerate: 6 drivers each scoring 0, 10 or 20 with equal chance, independently (729
/// equally likely races), 2-driver lineups, 8 field entries (with duplicates) and 4 of the user's (one duplicated,
/// one identical to a field lineup). An independent oracle ranks every entry of every race by sorting them all.
/// </summary>
public class EnumeratedContestTests
{
    private const int Drivers = 6;
    private static readonly UInt128[] FieldLineups = [Mask(0, 1), Mask(0, 2), Mask(1, 3), Mask(4, 5), Mask(2, 5)];
    private static readonly int[] FieldCounts = [2, 1, 2, 2, 1];
    private static readonly UInt128[] User = [Mask(0, 1), Mask(2, 3), Mask(2, 3), Mask(3, 4)];
    private static readonly Contest Contest = Contest.Create(Site.FanDuel, "tiny", 10m, 12, 4,
        [new PayoutTier(1, 1, 50), new PayoutTier(2, 2, 30), new PayoutTier(3, 4, 10)]);

    [Fact]
    public void EveryRaceOnce_EqualsTheOracleExactly()
    {
        var races = AllRaces();
        var engine = Engine(races, races.Length / Drivers);
        var exact = Oracle();
        for (var k = 0; k < User.Length; k++) Assert.Equal(exact.Mean[k], engine[k], 9);
    }

    [Fact]
    public void SampledRaces_ConvergeToTheExactExpectedPayout()
    {
        // 20,000 races drawn from the 729: each entry's simulated mean is within 4 standard errors (σ / √20,000, σ
        // from the exact distribution) of the exact mean; the chance of a false failure is about 6 in 100,000 per entry.
        const int sims = 20_000;
        var all = AllRaces();
        var rng = new SeededRandom(42, 0);
        var sampled = new float[sims * Drivers];
        for (var r = 0; r < sims; r++) all.AsSpan(rng.NextInt(729) * Drivers, Drivers).CopyTo(sampled.AsSpan(r * Drivers));
        var engine = Engine(sampled, sims);
        var exact = Oracle();
        for (var k = 0; k < User.Length; k++)
        {
            var tolerance = 4 * exact.StdDev[k] / Math.Sqrt(sims);
            Assert.True(Math.Abs(engine[k] - exact.Mean[k]) <= tolerance, $"entry {k}: {engine[k]:F4} vs exact {exact.Mean[k]:F4} ± {tolerance:F4}");
            Assert.True(exact.StdDev[k] > 0);
        }
    }

    private static double[] Engine(float[] points, int races)
    {
        var field = Synthetic.Field(Synthetic.Drivers(Drivers), FieldLineups, FieldCounts);
        var table = new PayoutTable(Contest);
        var standings = StandingsPass.Run(field, points, Drivers, races, User, table.PaidPlaces, 2, null, default);
        var outcome = ContestSimulator.Tally(table, standings, races, User.Length, 1);
        return [.. outcome.Sum.Select(s => s / races)];
    }

    private static (double[] Mean, double[] StdDev) Oracle()
    {
        var prizes = new double[12];
        foreach (var tier in Contest.Payouts)
        {
            for (var r = tier.From; r <= tier.To; r++) prizes[r - 1] = (double)tier.Prize;
        }

        var races = AllRaces();
        var sum = new double[User.Length];
        var squares = new double[User.Length];
        for (var race = 0; race < 729; race++)
        {
            var row = races.AsSpan(race * Drivers, Drivers);
            var entries = new List<(double Score, int User)>();
            for (var f = 0; f < FieldLineups.Length; f++)
            {
                for (var c = 0; c < FieldCounts[f]; c++) entries.Add((Synthetic.Score(FieldLineups[f], row), -1));
            }

            for (var k = 0; k < User.Length; k++) entries.Add((Synthetic.Score(User[k], row), k));
            var sorted = entries.OrderByDescending(e => e.Score).ToList();
            for (var i = 0; i < sorted.Count;)
            {
                var j = i;
                while (j < sorted.Count && sorted[j].Score == sorted[i].Score) j++;
                var share = Enumerable.Range(i, j - i).Sum(r => prizes[r]) / (j - i);
                for (var t = i; t < j; t++)
                {
                    if (sorted[t].User < 0) continue;
                    sum[sorted[t].User] += share;
                    squares[sorted[t].User] += share * share;
                }

                i = j;
            }
        }

        var mean = sum.Select(s => s / 729).ToArray();
        return (mean, [.. mean.Select((m, k) => Math.Sqrt(squares[k] / 729 - m * m))]);
    }

    private static float[] AllRaces()
    {
        var races = new float[729 * Drivers];
        for (var r = 0; r < 729; r++)
        {
            var code = r;
            for (var d = 0; d < Drivers; d++, code /= 3) races[r * Drivers + d] = 10 * (code % 3);
        }

        return races;
    }

    private static UInt128 Mask(int a, int b) => (UInt128.One << a) | (UInt128.One << b);
}
