using NascarDfs.Contests.Definitions;
using NascarDfs.Contests.Payouts;
using NascarDfs.Domain.Sites;

namespace NascarDfs.Contests.Tests.Payouts;

public class PayoutSplitterTests
{
    // 1st $100, 2nd $50, 3rd–4th $20: prefix sums 100, 150, 170, 190.
    private static readonly PayoutTable Table = new(Contest.Create(Site.FanDuel, "hand", 20m, 10, 5,
        [new PayoutTier(1, 1, 100), new PayoutTier(2, 2, 50), new PayoutTier(3, 4, 20)]));

    private static double[] Split(params RaceEntry[] entries)
    {
        var payouts = new double[entries.Length];
        var ranks = new int[entries.Length];
        var span = entries.AsSpan();
        PayoutSplitter.Split(Table, span, payouts, ranks);
        var byEntry = new double[entries.Length];
        for (var i = 0; i < span.Length; i++) byEntry[span[i].Entry] = payouts[i];
        return byEntry;
    }

    [Fact]
    public void TieAcrossAPrizeBoundary_SharesTheRanksItOccupies()
    {
        // One field entry above; the user's entry tied with two field entries occupies ranks 2–4: (50 + 20 + 20) / 3.
        Assert.Equal(30, Split(new RaceEntry(0, 40, FieldAbove: 1, FieldTies: 2))[0], 9);
    }

    [Fact]
    public void DuplicatesOfTheUsersOwnLineup_ShareWithEachOtherAndTheField()
    {
        // Two own copies and one identical field lineup on top: ranks 1–3, (100 + 50 + 20) / 3 each.
        var paid = Split(new RaceEntry(0, 60, 0, 1), new RaceEntry(1, 60, 0, 1));
        Assert.Equal(170 / 3.0, paid[0], 9);
        Assert.Equal(170 / 3.0, paid[1], 9);
    }

    [Fact]
    public void OwnEntries_PushEachOtherDown()
    {
        // Own 60 and 50 around a field 55: ranks 1 and 3.
        var paid = Split(new RaceEntry(0, 50, 1, 0), new RaceEntry(1, 60, 0, 0));
        Assert.Equal(20, paid[0], 9);
        Assert.Equal(100, paid[1], 9);
    }

    [Fact]
    public void FieldSmallerThanThePaidPlaces_PaysOnlyTheRanksTaken()
    {
        // Two entries in all (one field, one own) in a 4-place table: a tie for first shares ranks 1–2.
        Assert.Equal(75, Split(new RaceEntry(0, 30, 0, 1))[0], 9);
        // Alone behind the field entry: rank 2.
        Assert.Equal(50, Split(new RaceEntry(0, 20, 1, 0))[0], 9);
    }

    [Fact]
    public void TieStraddlingTheLastPaidRank_SharesWithTheUnpaidRanks()
    {
        // Three field entries above; tied with two more: ranks 4–6, only rank 4 pays: 20 / 3.
        Assert.Equal(20 / 3.0, Split(new RaceEntry(0, 10, 3, 2))[0], 9);
        Assert.Equal(0, Split(new RaceEntry(0, 10, 4, 0))[0], 9);
    }

    [Fact]
    public void Total_EqualsTheSumOfTheSplit()
    {
        RaceEntry[] entries = [new(0, 60, 0, 1), new(1, 60, 0, 1), new(2, 40, 1, 0), new(3, 39, 1, 3)];
        var payouts = new double[4];
        var total = PayoutSplitter.Split(Table, entries, payouts, new int[4]);
        Assert.Equal(payouts.Sum(), total, 9);
        Assert.Equal(total, PayoutSplitter.Total(Table, entries), 9);
    }
}
