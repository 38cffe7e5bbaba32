namespace NascarDfs.Contests.Definitions;

/// <summary>One row of a payout table: every rank from <paramref name="From"/> to <paramref name="To"/> (inclusive,
/// 1-based) wins <paramref name="Prize"/> dollars.</summary>
public sealed record PayoutTier(int From, int To, decimal Prize)
{
    /// <summary>Ranks this row pays.</summary>
    public int Places => To - From + 1;

    /// <summary>What this row pays in all.</summary>
    public decimal Total => Places * Prize;
}
