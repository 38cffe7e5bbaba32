using NascarDfs.Contests.Definitions;
using NascarDfs.Domain.Sites;

namespace NascarDfs.Contests.Tests.Definitions;

public class ContestReadersTests
{
    private static readonly ContestHeader Header = new(Site.FanDuel, "Sunday", 3m, 100_000, 150);

    [Fact]
    public void PayoutText_SlashSeparatedWithEnDash_ReadsRanges()
    {
        var contest = PayoutText.Parse("1st $10,000 / 2nd $5,000 / 3rd–5th $1,000 / 6th–10th $500 …", "paste", Header);
        Assert.Equal([new PayoutTier(1, 1, 10_000), new PayoutTier(2, 2, 5_000), new PayoutTier(3, 5, 1_000), new PayoutTier(6, 10, 500)], contest.Payouts.ToArray());
        Assert.Equal(10, contest.PaidPlaces);
        Assert.Equal(20_500m, contest.PrizePool);
    }

    [Fact]
    public void PayoutText_OneRangePerLineWithHyphensAndFields_ReadsTheWholeContest()
    {
        const string text = "Site: fanduel\nName: NASCAR Sunday Special\nEntry fee: $3\nEntries: 12,345/100,000\nMax entries: 150\n"
            + "1st: $10,000\n2nd: $5,000\n3rd-5th: $1,000.50\n6th - 10th $500\n11th to 20th $100\n";
        var contest = PayoutText.Parse(text, "details.txt");
        Assert.Equal(Site.FanDuel, contest.Site);
        Assert.Equal("NASCAR Sunday Special", contest.Name);
        Assert.Equal(3m, contest.EntryFee);
        Assert.Equal(100_000, contest.FieldSize);
        Assert.Equal(150, contest.MaxEntriesPerUser);
        Assert.Equal(new PayoutTier(3, 5, 1_000.50m), contest.Payouts[2]);
        Assert.Equal(new PayoutTier(11, 20, 100), contest.Payouts[^1]);
    }

    [Fact]
    public void PayoutText_UnreadableItem_NamesTheLineAndItem()
    {
        var error = Assert.Throws<ContestException>(() => PayoutText.Parse("1st $10,000\n2nd five dollars", "paste", Header));
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("'2nd five dollars'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_RoundTrip_GivesTheSameContest()
    {
        var contest = PayoutText.Parse("1st $10,000 / 2nd $5,000 / 3rd–5th $1,000", "paste", Header);
        var back = ContestJson.Read(ContestJson.Write(contest), "c.json");
        Assert.Equal(contest.Payouts.ToArray(), back.Payouts.ToArray());
        Assert.Equal((contest.Site, contest.Name, contest.EntryFee, contest.FieldSize, contest.MaxEntriesPerUser),
            (back.Site, back.Name, back.EntryFee, back.FieldSize, back.MaxEntriesPerUser));
    }

    [Fact]
    public void Csv_RoundTrip_GivesTheSameContest()
    {
        var contest = BundledContests.Find("example-small-gpp", Site.DraftKings)!;
        var writer = new StringWriter();
        ContestCsv.Write(contest, writer);
        var back = ContestCsv.Read(new StringReader(writer.ToString()), "c.csv");
        Assert.Equal(contest.Payouts.ToArray(), back.Payouts.ToArray());
        Assert.Equal(contest.EntryFee, back.EntryFee);
        Assert.True(back.IsExample is false);
    }

    [Fact]
    public void Csv_BadPrize_NamesLineAndColumn()
    {
        const string csv = "Site,Name,EntryFee,FieldSize,MaxEntries,From,To,Prize\nfanduel,X,3,1000,1,1,1,100\n,,,,,2,5,ten\n";
        var error = Assert.Throws<ContestException>(() => ContestCsv.Read(new StringReader(csv), "c.csv"));
        Assert.Contains("line 3, column 'Prize'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"site\":\"fanduel\",\"name\":\"x\",\"entryFee\":3,\"fieldSize\":100,\"maxEntries\":1,\"payouts\":[{\"from\":1,\"to\":1,\"prize\":200},{\"from\":2,\"to\":3,\"prize\":60}]}",
        "more than the contest takes in (100 entries × $3 = $300)")]
    [InlineData("{\"site\":\"fanduel\",\"name\":\"x\",\"entryFee\":3,\"fieldSize\":100,\"maxEntries\":1,\"payouts\":[{\"from\":1,\"to\":1,\"prize\":50},{\"from\":3,\"to\":4,\"prize\":10}]}",
        "must start at rank 2")]
    [InlineData("{\"site\":\"fanduel\",\"name\":\"x\",\"entryFee\":3,\"fieldSize\":100,\"maxEntries\":1,\"payouts\":[{\"from\":1,\"to\":1,\"prize\":50},{\"from\":2,\"to\":4,\"prize\":60}]}",
        "Ranks 2–4 pay $60, more than rank 1 ($50): prizes must not increase with rank.")]
    [InlineData("{\"site\":\"yahoo\",\"name\":\"x\",\"entryFee\":3,\"fieldSize\":100,\"maxEntries\":1,\"payouts\":[{\"from\":1,\"to\":1,\"prize\":50}]}",
        "Unknown site 'yahoo': use one of draftkings, fanduel.")]
    [InlineData("{\"site\":\"fanduel\",\"name\":\"x\",\"entryFee\":3,\"fieldSize\":10,\"maxEntries\":1,\"payouts\":[{\"from\":1,\"to\":20,\"prize\":1}]}",
        "pays 20 ranks but the contest has only 10 entries")]
    [InlineData("{\"site\":\"fanduel\",\"name\":\"x\",\"entryFee\":3,",
        "Not a contest JSON file")]
    public void Json_BadContest_IsASentence(string json, string expected)
    {
        var error = Assert.Throws<ContestException>(() => ContestJson.Read(json, "bad.json"));
        Assert.StartsWith("bad.json: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bundled_ThreeExamplesPerSite_LabelledAndValid()
    {
        Assert.Equal(["example-double-up", "example-large-gpp", "example-small-gpp"], BundledContests.Names);
        foreach (var site in new[] { Site.DraftKings, Site.FanDuel })
        {
            foreach (var name in BundledContests.Names)
            {
                var contest = BundledContests.Find(name, site)!;
                Assert.True(contest.IsExample);
                Assert.StartsWith("Example", contest.Name, StringComparison.Ordinal);
                Assert.Equal(site, contest.Site);
                Assert.True(contest.PrizePool <= contest.Intake);
            }
        }

        var large = BundledContests.Find("EXAMPLE-LARGE-GPP", Site.FanDuel)!;
        Assert.Equal(150, large.MaxEntriesPerUser);
        Assert.Equal(100_000, large.FieldSize);
        Assert.Equal(1, BundledContests.Find("example-double-up", Site.FanDuel)!.MaxEntriesPerUser);
        Assert.Single(BundledContests.Find("example-double-up", Site.FanDuel)!.Payouts);
    }

    [Fact]
    public void Source_ContestForAnotherSite_IsRejected()
    {
        var error = Assert.Throws<ContestException>(() => ContestSource.Load("example-large-gpp", Site.FanDuel) is var c
            ? ContestSource.ForSite(BundledContests.Find("example-large-gpp", Site.DraftKings)!, Site.FanDuel) : c);
        Assert.Contains("is a DraftKings contest but the slate is FanDuel's", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Source_UnknownName_ListsTheExamples()
    {
        var error = Assert.Throws<ContestException>(() => ContestSource.Load("no-such-contest", Site.FanDuel));
        Assert.Contains("example-large-gpp", error.Message, StringComparison.Ordinal);
    }
}
