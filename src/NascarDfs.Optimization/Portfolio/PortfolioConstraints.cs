namespace NascarDfs.Optimization.Portfolio;

/// <summary>
/// Every constraint of a portfolio request: the object <c>--constraints FILE.json</c> holds, the same one the
/// job config and the HTTP API carry (camelCase JSON). Drivers are referenced by slate ID or name.
/// Percentages are 0–100. Command-line flags override the same fields.
/// </summary>
public sealed record PortfolioConstraints
{
    /// <summary>Lowest total salary of a lineup, in dollars.</summary>
    public int? MinSalary { get; init; }

    /// <summary>Highest total salary of a lineup (never above the site's cap).</summary>
    public int? MaxSalary { get; init; }

    /// <summary>Global minimum exposure, percent of lineups requested.</summary>
    public double? MinExposure { get; init; }

    /// <summary>Global maximum exposure, percent of lineups requested.</summary>
    public double? MaxExposure { get; init; }

    /// <summary>At most this many drivers shared between any two lineups.</summary>
    public int? MaxRepeating { get; init; }

    /// <summary>Drivers in every lineup.</summary>
    public IReadOnlyList<string> Lock { get; init; } = [];

    /// <summary>Drivers in no lineup.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>Per-driver exposure limits (they override the global ones), keyed by ID or name.</summary>
    public IReadOnlyDictionary<string, ExposureLimit> Exposures { get; init; } = new Dictionary<string, ExposureLimit>();

    /// <summary>Named groups of drivers with at-least / at-most counts.</summary>
    public IReadOnlyList<DriverGroup> Groups { get; init; } = [];

    /// <summary>Counts of drivers by starting-position range.</summary>
    public IReadOnlyList<StartRange> StartRanges { get; init; } = [];

    /// <summary>Cap on the summed projected ownership (percent points) of a lineup.</summary>
    public double? MaxOwnership { get; init; }
}
