using NascarDfs.Optimization.Portfolio;

namespace NascarDfs.App.JobHandlers.Documents;

/// <summary>A portfolio's constraints as a job stores them (schema v1: the fields of the <c>--constraints</c> file).</summary>
public sealed record ConstraintsDocument
{
    public int? MinSalary { get; init; }

    public int? MaxSalary { get; init; }

    public double? MinExposure { get; init; }

    public double? MaxExposure { get; init; }

    public int? MaxRepeating { get; init; }

    public IReadOnlyList<string> Lock { get; init; } = [];

    public IReadOnlyList<string> Exclude { get; init; } = [];

    public IReadOnlyDictionary<string, ExposureRangeDocument> Exposures { get; init; } = new Dictionary<string, ExposureRangeDocument>();

    public IReadOnlyList<DriverGroupDocument> Groups { get; init; } = [];

    public IReadOnlyList<StartRangeDocument> StartRanges { get; init; } = [];

    public double? MaxOwnership { get; init; }

    internal static ConstraintsDocument From(PortfolioConstraints c) => new()
    {
        MinSalary = c.MinSalary,
        MaxSalary = c.MaxSalary,
        MinExposure = c.MinExposure,
        MaxExposure = c.MaxExposure,
        MaxRepeating = c.MaxRepeating,
        Lock = c.Lock,
        Exclude = c.Exclude,
        Exposures = c.Exposures.ToDictionary(e => e.Key, e => new ExposureRangeDocument(e.Value.Min, e.Value.Max), StringComparer.Ordinal),
        Groups = [.. c.Groups.Select(g => new DriverGroupDocument(g.Name, g.Drivers, g.AtLeast, g.AtMost))],
        StartRanges = [.. c.StartRanges.Select(r => new StartRangeDocument(r.From, r.To, r.AtLeast, r.AtMost))],
        MaxOwnership = c.MaxOwnership,
    };

    internal PortfolioConstraints ToDomain() => new()
    {
        MinSalary = MinSalary,
        MaxSalary = MaxSalary,
        MinExposure = MinExposure,
        MaxExposure = MaxExposure,
        MaxRepeating = MaxRepeating,
        Lock = Lock,
        Exclude = Exclude,
        Exposures = Exposures.ToDictionary(e => e.Key, e => new ExposureLimit(e.Value.Min, e.Value.Max), StringComparer.Ordinal),
        Groups = [.. Groups.Select(g => new DriverGroup(g.Name, g.Drivers, g.AtLeast, g.AtMost))],
        StartRanges = [.. StartRanges.Select(r => new StartRange(r.From, r.To, r.AtLeast, r.AtMost))],
        MaxOwnership = MaxOwnership,
    };
}
