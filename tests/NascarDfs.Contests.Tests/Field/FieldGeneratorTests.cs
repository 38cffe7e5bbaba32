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

        // 90% of lineups are drawn with the 97% floor; the rest may also reach it.
        Assert.True(atFloor >= 0.9 * field.Entries - 3 * Math.Sqrt(0.09 * field.Entries), $"{atFloor} of {field.Entries} at 97% of the cap");
        Assert.Equal(atFloor / (double)field.Entries, field.ShareAtMinSalaryUse, 9);
        Assert.True(field.Distinct < field.Entries, "a real-ownership field has duplicate lineups");
    }
}
