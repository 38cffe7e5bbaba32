using System.Globalization;

namespace NascarDfs.Contests.Definitions;

/// <summary>The one home of the contest rules (SPEC §10): ranks contiguous from 1, prizes positive and never
/// increasing with rank, no more paid places than entries, total prizes ≤ field size × entry fee.</summary>
internal static class ContestValidation
{
    public static List<string> Problems(Contest contest)
    {
        var problems = new List<string>();
        if (contest.Name.Length == 0) problems.Add("The contest needs a name.");
        if (contest.EntryFee <= 0) problems.Add($"The entry fee must be more than $0, not {Money(contest.EntryFee)}.");
        if (contest.FieldSize < 2) problems.Add($"The field size must be at least 2 entries, not {contest.FieldSize:N0}.");
        if (contest.MaxEntriesPerUser < 1 || contest.MaxEntriesPerUser > contest.FieldSize)
        {
            problems.Add($"Max entries per user must be between 1 and the field size ({contest.FieldSize:N0}), not {contest.MaxEntriesPerUser:N0}.");
        }

        if (contest.Payouts.Length == 0) problems.Add("The payout table is empty: give at least one paid rank.");
        var expected = 1;
        for (var i = 0; i < contest.Payouts.Length; i++)
        {
            var tier = contest.Payouts[i];
            var label = Ranks(tier);
            if (tier.From != expected)
            {
                problems.Add(expected == 1
                    ? $"The payout table must start at rank 1, not {tier.From:N0}."
                    : $"Payout row {i + 1} ({label}) must start at rank {expected:N0}, right after the previous row: ranks must be contiguous from 1.");
            }

            if (tier.To < tier.From) problems.Add($"Payout row {i + 1} ends at rank {tier.To:N0}, before it starts ({tier.From:N0}).");
            if (tier.Prize <= 0) problems.Add($"Payout row {i + 1} ({label}) must pay more than $0, not {Money(tier.Prize)}.");
            if (i > 0 && tier.Prize > contest.Payouts[i - 1].Prize)
            {
                problems.Add($"{Capital(label)} {(tier.From == tier.To ? "pays" : "pay")} {Money(tier.Prize)}, more than {Ranks(contest.Payouts[i - 1])} ({Money(contest.Payouts[i - 1].Prize)}): prizes must not increase with rank.");
            }

            expected = Math.Max(tier.To, tier.From) + 1;
        }

        if (contest.FieldSize >= 2 && contest.PaidPlaces > contest.FieldSize)
        {
            problems.Add($"The table pays {contest.PaidPlaces:N0} ranks but the contest has only {contest.FieldSize:N0} entries.");
        }

        if (contest.EntryFee > 0 && contest.FieldSize >= 2 && contest.PrizePool > contest.Intake)
        {
            problems.Add($"The payouts total {Money(contest.PrizePool)}, more than the contest takes in "
                + $"({contest.FieldSize:N0} entries × {Money(contest.EntryFee)} = {Money(contest.Intake)}).");
        }

        return problems;
    }

    public static string Money(decimal amount) =>
        "$" + amount.ToString(amount == decimal.Truncate(amount) ? "#,0" : "#,0.00", CultureInfo.InvariantCulture);

    public static string Ranks(PayoutTier tier) =>
        tier.From == tier.To ? $"rank {tier.From:N0}" : $"ranks {tier.From:N0}–{tier.To:N0}";

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
