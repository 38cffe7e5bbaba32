namespace NascarDfs.Contests.Portfolios;

/// <summary>Defaults of <see cref="RoiPortfolioRequest"/>.</summary>
public static class RoiDefaults
{
    /// <summary>Candidates the roi selection scores against the field: 1,500 × 10,000 races × ~30% cashing races ×
    /// 16 bytes ≈ 72 MB.</summary>
    public const int MaxCandidates = 1_500;
}
