using System.Collections.Immutable;
using NascarDfs.Domain.Sites;

namespace NascarDfs.Domain.Slates;

/// <summary>A slate ready to optimize: the salary file's drivers with projections merged in.</summary>
/// <param name="Site">The site the salary file came from.</param>
/// <param name="RaceName">The race name from the file (DraftKings <c>Game Info</c>), if any.</param>
/// <param name="Drivers">Every driver of the file, out drivers included (they are marked <see cref="Driver.Out"/>).</param>
/// <param name="Warnings">What the merge noticed: unmatched projection rows, drivers without projections.</param>
public sealed record Slate(Site Site, string? RaceName, ImmutableArray<Driver> Drivers, ImmutableArray<string> Warnings)
{
    /// <summary>The site's rules.</summary>
    public SiteRules Rules => SiteRegistry.Get(Site);

    /// <summary>Finds a driver by exact ID, or null.</summary>
    public Driver? FindById(string id) => Drivers.FirstOrDefault(d => d.Id == id);
}
