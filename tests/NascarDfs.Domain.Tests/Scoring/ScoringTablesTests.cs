using NascarDfs.Domain.Scoring;
using NascarDfs.Domain.Sites;

namespace NascarDfs.Domain.Tests.Scoring;

public class ScoringTablesTests
{
    [Theory]
    [InlineData(Site.DraftKings, "2019-02-17", "draftkings-legacy")]
    [InlineData(Site.DraftKings, "2021-02-08", "draftkings-legacy")]
    [InlineData(Site.DraftKings, "2021-02-09", "draftkings")]
    [InlineData(Site.DraftKings, "2021-02-14", "draftkings")]
    [InlineData(Site.FanDuel, "2019-02-17", "fanduel")]
    [InlineData(Site.FanDuel, "2026-02-15", "fanduel")]
    public void Resolve_ByRaceDate_PicksTheTableInForce(Site site, string date, string expected)
    {
        var table = ScoringTables.Resolve(site, null, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, table.Name);
    }

    [Fact]
    public void Resolve_NoNameNoDate_IsTheSiteCurrentTable()
    {
        Assert.Same(ScoringTables.DraftKings, ScoringTables.Resolve(Site.DraftKings, null, null));
        Assert.Same(ScoringTables.FanDuel, ScoringTables.Resolve(Site.FanDuel, " ", null));
    }

    [Fact]
    public void Resolve_ExplicitName_WinsOverTheDate()
    {
        Assert.Same(ScoringTables.DraftKingsLegacy, ScoringTables.Resolve(Site.DraftKings, "DraftKings-Legacy", new DateOnly(2025, 4, 27)));
    }

    [Fact]
    public void Resolve_TableOfAnotherSite_ThrowsNamingBoth()
    {
        var error = Assert.Throws<ArgumentException>(() => ScoringTables.Resolve(Site.FanDuel, "draftkings", null));

        Assert.Contains("'draftkings' is for DraftKings, but the slate is FanDuel", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownName_ListsTheValidNames()
    {
        var error = Assert.Throws<ArgumentException>(() => ScoringTables.Parse("yahoo"));

        Assert.Contains("draftkings, draftkings-legacy, fanduel", error.Message, StringComparison.Ordinal);
    }
}
