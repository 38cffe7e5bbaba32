using NascarDfs.Contests.Field;
using NascarDfs.Domain.Sites;

namespace NascarDfs.Contests.Tests.Field;

public class FieldGeneratorTests
{
    [Fact]
    public void Generate_NewHampshire100k_OwnershipWithinOnePointAndSalaryUseHolds()
    {
        var slate = NewHampshire.Slate;
        var rules = SiteRegistry.FanDuel;
        var field = FieldGenerator.Generate(slate.Drivers, rules, 100_000);

        Assert.Equal(100_000, field.Entries);
        var salary = slate.Drivers.Select(d => d.Salary).ToArray();
        var perDriver = new long[slate.Drivers.Length];
        var atFloor = 0L;
        for (var k = 0; k < field.Distinct; k++)
        {
            var mask = field.Lineups[k];
            Assert.Equal(rules.RosterSize, (int)UInt128.PopCount(mask));
            var spend = FieldGenerator.Spend(mask, salary);
            Assert.True(spend <= rules.SalaryCap, $"lineup {k} spends {spend}");
            if (spend >= 48_500) atFloor += field.Counts[k];
            for (var i = 0; i < salary.Length; i++)
            {
                if (((mask >> i) & UInt128.One) != UInt128.Zero) perDriver[i] += field.Counts[k];
            }
        }

        for (var i = 0; i < salary.Length; i++)
        {
            var share = 100.0 * perDriver[i] / field.Entries;
            Assert.Equal(field.Ownership[i], share, 9);
            Assert.True(Math.Abs(share - field.Targets.Percent[i]) <= 1.0,
                $"{slate.Drivers[i].Name}: field {share:F2}% vs target {field.Targets.Percent[i]:F2}%");
            if (slate.Drivers[i].Out) Assert.Equal(0, perDriver[i]);
        }

        // Each lineup spends ≥ 97% with probability 0.75 (the default), else less: binomial, within 4 standard deviations.
        var p = FieldDefaults.ShareAtMinSalaryUse;
        Assert.True(Math.Abs(atFloor - p * field.Entries) <= 4 * Math.Sqrt(p * (1 - p) * field.Entries), $"{atFloor} of {field.Entries} at 97% of the cap");
        Assert.Equal(atFloor / (double)field.Entries, field.ShareAtMinSalaryUse, 9);
        Assert.True(field.Distinct < field.Entries, "a real-ownership field has duplicate lineups");
    }

    [Theory]
    [InlineData(0.98, 0.5)]
    [InlineData(0.97, 0.6)]
    public void Generate_SalaryUseParameters_Hold(double minUse, double share)
    {
        var slate = NewHampshire.Slate;
        var options = new FieldOptions { MinSalaryUse = minUse, ShareAtMinSalaryUse = share, Seed = 9 };
        var field = FieldGenerator.Generate(slate.Drivers, SiteRegistry.FanDuel, 20_000, options: options);
        var salary = slate.Drivers.Select(d => d.Salary).ToArray();
        var floor = minUse * 50_000;
        var at = field.Lineups.Select((m, k) => FieldGenerator.Spend(m, salary) >= floor - 1e-6 ? field.Counts[k] : 0).Sum();
        Assert.True(Math.Abs(at - share * 20_000) <= 4 * Math.Sqrt(share * (1 - share) * 20_000), $"{at} of 20,000 at {minUse:P0}");
        Assert.True(field.MaxOwnershipError <= 1.0, $"max ownership miss {field.MaxOwnershipError:F2}");
    }

    [Fact]
    public void Generate_SameSeed_SameFieldWhateverTheThreads_OtherSeedDiffers()
    {
        var drivers = NewHampshire.Slate.Drivers;
        var one = FieldGenerator.Generate(drivers, SiteRegistry.FanDuel, 10_000, options: new FieldOptions { MaxDegreeOfParallelism = 1 });
        var two = FieldGenerator.Generate(drivers, SiteRegistry.FanDuel, 10_000, options: new FieldOptions { MaxDegreeOfParallelism = 2 });
        var other = FieldGenerator.Generate(drivers, SiteRegistry.FanDuel, 10_000, options: new FieldOptions { Seed = 1 });
        Assert.Equal(one.Lineups, two.Lineups);
        Assert.Equal(one.Counts, two.Counts);
        Assert.NotEqual(one.Lineups, other.Lineups);
    }

    [Fact]
    public void Generate_NoOwnership_UsesTheEstimateAndSaysSo()
    {
        var drivers = NewHampshire.Slate.Drivers.Select(d => d with { Ownership = null }).ToList();
        var field = FieldGenerator.Generate(drivers, SiteRegistry.FanDuel, 10_000);
        Assert.Equal(OwnershipSource.Estimated, field.Targets.Source);
        Assert.Contains(field.Warnings, w => w.Contains("ESTIMATE", StringComparison.Ordinal));
    }
}
