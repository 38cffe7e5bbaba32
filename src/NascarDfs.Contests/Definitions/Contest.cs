using System.Collections.Immutable;
using NascarDfs.Domain.Sites;

namespace NascarDfs.Contests.Definitions;

/// <summary>
/// A contest as data (SPEC §10): site, name, entry fee, field size (every entry, the user's included), the most
/// entries one user may submit, and the payout table by rank range. Build one through <see cref="Create"/>, which
/// validates it; the readers (<see cref="ContestJson"/>, <see cref="ContestCsv"/>, <see cref="PayoutText"/>) all do.
/// </summary>
public sealed record Contest
{
    private Contest(Site site, string name, decimal entryFee, int fieldSize, int maxEntriesPerUser, ImmutableArray<PayoutTier> payouts, bool isExample)
    {
        Site = site;
        Name = name;
        EntryFee = entryFee;
        FieldSize = fieldSize;
        MaxEntriesPerUser = maxEntriesPerUser;
        Payouts = payouts;
        IsExample = isExample;
    }

    /// <summary>The site running the contest.</summary>
    public Site Site { get; }

    /// <summary>The contest's name.</summary>
    public string Name { get; }

    /// <summary>Dollars per entry.</summary>
    public decimal EntryFee { get; }

    /// <summary>Entries in the contest, the user's included (a full contest).</summary>
    public int FieldSize { get; }

    /// <summary>The most entries one user may submit.</summary>
    public int MaxEntriesPerUser { get; }

    /// <summary>The payout table, best rank first, ranks contiguous from 1.</summary>
    public ImmutableArray<PayoutTier> Payouts { get; }

    /// <summary>True for the bundled examples: realistic structures, not a real contest.</summary>
    public bool IsExample { get; }

    /// <summary>Ranks paid.</summary>
    public int PaidPlaces => Payouts.Length == 0 ? 0 : Payouts[^1].To;

    /// <summary>Prizes in all.</summary>
    public decimal PrizePool => Payouts.Sum(p => p.Total);

    /// <summary>What the contest takes in: field size × entry fee.</summary>
    public decimal Intake => FieldSize * EntryFee;

    /// <summary>The site's rules.</summary>
    public SiteRules Rules => SiteRegistry.Get(Site);

    /// <summary>Builds a contest, or throws <see cref="ContestException"/> with every problem as a sentence.</summary>
    public static Contest Create(
        Site site, string name, decimal entryFee, int fieldSize, int maxEntriesPerUser, IEnumerable<PayoutTier> payouts,
        bool isExample = false, string? source = null)
    {
        var tiers = payouts.ToImmutableArray();
        var contest = new Contest(site, name.Trim(), entryFee, fieldSize, maxEntriesPerUser, tiers, isExample);
        var problems = ContestValidation.Problems(contest);
        if (problems.Count > 0) throw new ContestException(source ?? contest.Name, problems);
        return contest;
    }

    /// <summary>The same contest under another name (an import the user renames).</summary>
    public Contest WithName(string name) => Create(Site, name, EntryFee, FieldSize, MaxEntriesPerUser, Payouts, IsExample);
}
