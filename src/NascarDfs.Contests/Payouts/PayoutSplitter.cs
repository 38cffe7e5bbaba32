namespace NascarDfs.Contests.Payouts;

/// <summary>
/// Pays the user's entries of one race (SPEC §10): entries are ranked by score among the field and each other;
/// everyone tied on a score — field entries, duplicates of the same lineup, the user's own entries — shares equally
/// the prizes of the ranks the tie occupies. A user entry's best rank is field entries above + own entries above + 1.
/// </summary>
internal static class PayoutSplitter
{
    /// <summary>Sorts <paramref name="entries"/> best first and writes each one's payout and best rank, in that order.
    /// Returns the total paid to the user.</summary>
    public static double Split(PayoutTable table, Span<RaceEntry> entries, Span<double> payouts, Span<int> ranks)
    {
        entries.Sort(static (a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : a.Entry.CompareTo(b.Entry));
        var total = 0.0;
        var ownAbove = 0;
        for (var i = 0; i < entries.Length;)
        {
            var j = i + 1;
            while (j < entries.Length && entries[j].Score == entries[i].Score) j++;
            var own = j - i;
            var above = entries[i].FieldAbove + ownAbove;
            var share = table.Share(above, own + entries[i].FieldTies);
            for (var k = i; k < j; k++)
            {
                payouts[k] = share;
                ranks[k] = above + 1;
            }

            total += share * own;
            ownAbove += own;
            i = j;
        }

        return total;
    }

    /// <summary>The user's total in one race without writing per-entry results (the roi selection's inner loop).</summary>
    public static double Total(PayoutTable table, Span<RaceEntry> sortedBestFirst)
    {
        var total = 0.0;
        var ownAbove = 0;
        for (var i = 0; i < sortedBestFirst.Length;)
        {
            var j = i + 1;
            while (j < sortedBestFirst.Length && sortedBestFirst[j].Score == sortedBestFirst[i].Score) j++;
            var own = j - i;
            var above = sortedBestFirst[i].FieldAbove + ownAbove;
            if (above >= table.PaidPlaces) break;
            total += table.Share(above, own + sortedBestFirst[i].FieldTies) * own;
            ownAbove += own;
            i = j;
        }

        return total;
    }
}
