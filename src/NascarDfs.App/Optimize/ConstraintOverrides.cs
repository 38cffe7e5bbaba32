using NascarDfs.Optimization.Portfolio;

namespace NascarDfs.App.Optimize;

/// <summary>
/// The constraint fields a front end sets on top of a constraints object (command-line flags over <c>--constraints FILE</c>,
/// the Optimize page's fields over its JSON box): scalars replace the object's, lock and exclude lists add to them.
/// </summary>
internal sealed record ConstraintOverrides
{
    public int? MinSalary { get; init; }

    public int? MaxSalary { get; init; }

    public double? MinExposure { get; init; }

    public double? MaxExposure { get; init; }

    public int? MaxRepeating { get; init; }

    public double? MaxOwnership { get; init; }

    public IReadOnlyCollection<string> Lock { get; init; } = [];

    public IReadOnlyCollection<string> Exclude { get; init; } = [];

    /// <summary>The one merge of overrides into a constraints object.</summary>
    public PortfolioConstraints ApplyTo(PortfolioConstraints constraints) => constraints with
    {
        MinSalary = MinSalary ?? constraints.MinSalary,
        MaxSalary = MaxSalary ?? constraints.MaxSalary,
        MinExposure = MinExposure ?? constraints.MinExposure,
        MaxExposure = MaxExposure ?? constraints.MaxExposure,
        MaxRepeating = MaxRepeating ?? constraints.MaxRepeating,
        MaxOwnership = MaxOwnership ?? constraints.MaxOwnership,
        Lock = [.. constraints.Lock, .. Lock],
        Exclude = [.. constraints.Exclude, .. Exclude],
    };
}
