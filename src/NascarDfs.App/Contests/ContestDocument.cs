using NascarDfs.Contests.Definitions;
using NascarDfs.Domain.Sites;

namespace NascarDfs.App.Contests;

/// <summary>A contest as a job stores it (the fields of our contest JSON), so a re-run enters the same contest after
/// the file moves or the bundled examples change.</summary>
public sealed record ContestDocument(
    string Site, string Name, decimal EntryFee, int FieldSize, int MaxEntries, bool Example, IReadOnlyList<PayoutTierDocument> Payouts)
{
    internal static ContestDocument From(Contest contest) =>
        new(contest.Rules.Name, contest.Name, contest.EntryFee, contest.FieldSize, contest.MaxEntriesPerUser, contest.IsExample,
            [.. contest.Payouts.Select(p => new PayoutTierDocument(p.From, p.To, p.Prize))]);

    /// <summary>The contest, validated again (a stored config edited by hand is checked like a file).</summary>
    internal Contest ToDomain() =>
        Contest.Create(SiteRegistry.Parse(Site).Site, Name, EntryFee, FieldSize, MaxEntries, Payouts.Select(p => new PayoutTier(p.From, p.To, p.Prize)), Example, $"Contest '{Name}'");
}

/// <summary>One payout row: ranks <paramref name="From"/>–<paramref name="To"/> each win <paramref name="Prize"/> dollars.</summary>
public sealed record PayoutTierDocument(int From, int To, decimal Prize);
