using NascarDfs.Domain.Lineups;
using NascarDfs.Domain.Sites;
using NascarDfs.Domain.Slates;
using NascarDfs.Optimization.Portfolio;
using NascarDfs.Optimization.Search;

namespace NascarDfs.Optimization.Rules;

/// <summary>What every rule sees: the slate's drivers in canonical order (by ID, ordinal), the site, N, the constraints.</summary>
internal sealed class RuleContext
{
    private readonly ExposureLimit[] _ownExposure;

    public RuleContext(Slate slate, int lineups, PortfolioConstraints constraints)
    {
        Drivers = [.. slate.Drivers.OrderBy(d => d.Id, StringComparer.Ordinal)];
        Site = slate.Rules;
        Lineups = lineups;
        Constraints = constraints;
        Slate = slate;
        Locked = new bool[Drivers.Count];
        Unavailable = new bool[Drivers.Count];
        for (var i = 0; i < Drivers.Count; i++)
        {
            Locked[i] = Drivers[i].Locked;
            Unavailable[i] = Drivers[i].Excluded || Drivers[i].Out;
        }

        foreach (var reference in constraints.Lock) Locked[IndexOf(reference)] = true;
        foreach (var reference in constraints.Exclude) Unavailable[IndexOf(reference)] = true;

        // Resolved once: several rules ask for every driver's own limits.
        _ownExposure = [.. Drivers.Select(d => new ExposureLimit(d.MinExposure, d.MaxExposure))];
        foreach (var (reference, limit) in constraints.Exposures)
        {
            var i = IndexOf(reference);
            _ownExposure[i] = new ExposureLimit(limit.Min ?? Drivers[i].MinExposure, limit.Max ?? Drivers[i].MaxExposure);
        }
    }

    /// <summary>Drivers locked into every lineup (projections file or constraints).</summary>
    public bool[] Locked { get; }

    /// <summary>Drivers in no lineup: excluded or out.</summary>
    public bool[] Unavailable { get; }

    /// <summary>Drivers that may appear at all.</summary>
    public IEnumerable<int> Eligible => Enumerable.Range(0, Drivers.Count).Where(i => !Unavailable[i]);

    /// <summary>The driver's explicit per-driver exposure limit: the constraints' entry, else the projections file's.</summary>
    public ExposureLimit DriverExposure(int index) => _ownExposure[index];

    public Slate Slate { get; }

    public IReadOnlyList<Driver> Drivers { get; }

    public SiteRules Site { get; }

    public int RosterSize => Site.RosterSize;

    public int Lineups { get; }

    public PortfolioConstraints Constraints { get; }

    public List<string> Warnings { get; } = [];

    /// <summary>The canonical index of a driver given by ID or name; unknown references are bad input.</summary>
    public int IndexOf(string reference)
    {
        var driver = SlateAssembler.ResolveDriver(Slate, reference);
        for (var i = 0; i < Drivers.Count; i++)
        {
            if (Drivers[i].Id == driver.Id) return i;
        }

        throw new ArgumentException($"No driver '{reference}' in the slate.", nameof(reference));
    }

    public string NameOf(int index) => Drivers[index].Name;

    /// <summary>The lineup of a driver mask: IDs by salary descending, then ID (SPEC §9); the unrounded projections' total.</summary>
    public Lineup ToLineup(UInt128 mask)
    {
        var drivers = DriverMask.Indices(mask).Select(i => Drivers[i])
            .OrderByDescending(d => d.Salary).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
        // Searches rank on projections rounded to 1/10,000 point (exact sums); the report rounds the true total.
        return new Lineup([.. drivers.Select(d => d.Id)], drivers.Sum(d => d.Salary), Math.Round(drivers.Sum(d => d.Projection), 4));
    }

    /// <summary>Lineup count for a percentage: floor for maximums, ceiling for minimums (SPEC §4).</summary>
    public int MaxCount(double percent) => (int)Math.Floor((percent * Lineups / 100.0) + 1e-9);

    /// <inheritdoc cref="MaxCount"/>
    public int MinCount(double percent) => (int)Math.Ceiling((percent * Lineups / 100.0) - 1e-9);

    public static string Money(long dollars) => "$" + dollars.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    public static string Percent(double value) => value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
