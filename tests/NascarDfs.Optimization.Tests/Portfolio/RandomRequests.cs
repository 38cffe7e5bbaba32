using System.Collections.Immutable;
using NascarDfs.Domain.Sites;
using NascarDfs.Domain.Slates;
using NascarDfs.Optimization.Portfolio;

namespace NascarDfs.Optimization.Tests.Portfolio;

/// <summary>Random small slates and requests, one per seed, switching on every constraint kind now and then.</summary>
internal static class RandomRequests
{
    public static PortfolioRequest Create(int seed)
    {
        var random = new Random(seed);
        var site = random.Next(2) == 0 ? SiteRegistry.DraftKings : SiteRegistry.FanDuel;
        var count = random.Next(8, random.Next(4) == 0 ? 21 : 15);
        var starts = Enumerable.Range(1, count).OrderBy(_ => random.Next()).ToArray();
        var drivers = new List<Driver>();
        for (var i = 0; i < count; i++)
        {
            // Salaries around cap / roster so the cap binds; whole-point projections now and then to force ties.
            var perSlot = site.SalaryCap / site.RosterSize / 100;
            var salary = random.Next(perSlot * 45 / 100, perSlot * 135 / 100) * 100;
            var projection = random.Next(3) == 0 ? random.Next(5, 60) : Math.Round(random.NextDouble() * 60, 2);
            drivers.Add(new Driver(
                Id: $"{1000 + random.Next(9000)}-{i:00}",
                Name: $"Driver {i}",
                Salary: salary,
                Projection: projection,
                StdDev: random.Next(3) == 0 ? Math.Round(random.NextDouble() * 15, 2) : null,
                Start: random.Next(6) == 0 ? null : starts[i],
                Ownership: random.Next(5) == 0 ? null : Math.Round(random.NextDouble() * 40, 1),
                Out: random.Next(15) == 0,
                Excluded: random.Next(20) == 0));
        }

        var slate = new Slate(site.Site, "Random", [.. drivers], ImmutableArray<string>.Empty);
        string Pick() => random.Next(2) == 0 ? drivers[random.Next(count)].Id : drivers[random.Next(count)].Name;
        var lineups = random.Next(1, 9);
        var constraints = new PortfolioConstraints
        {
            Lock = random.Next(5) == 0 ? [Pick()] : [],
            Exclude = random.Next(4) == 0 ? [Pick(), Pick()] : [],
            MinSalary = random.Next(4) == 0 ? random.Next(35, 49) * 1000 : null,
            MaxSalary = random.Next(5) == 0 ? random.Next(40, 50) * 1000 : null,
            MaxExposure = random.Next(3) == 0 ? random.Next(2, 10) * 10 : null,
            MinExposure = random.Next(8) == 0 ? random.Next(1, 3) * 10 : null,
            MaxRepeating = random.Next(3) == 0 ? random.Next(1, site.RosterSize) : null,
            Exposures = random.Next(3) == 0
                ? new Dictionary<string, ExposureLimit> { [Pick()] = new(random.Next(2) == 0 ? random.Next(0, 6) * 10 : null, random.Next(2) == 0 ? random.Next(3, 11) * 10 : null) }
                : new Dictionary<string, ExposureLimit>(),
            Groups = random.Next(3) == 0
                ? [new DriverGroup("G", [Pick(), Pick(), Pick(), Pick()], random.Next(2) == 0 ? 1 : null, random.Next(2) == 0 ? random.Next(1, 3) : null)]
                : [],
            StartRanges = random.Next(3) == 0
                ? [new StartRange(random.Next(1, 6), random.Next(6, 15), random.Next(2) == 0 ? random.Next(1, 3) : null, random.Next(2) == 0 ? random.Next(1, 4) : null)]
                : [],
            MaxOwnership = random.Next(4) == 0 ? random.Next(40, 150) : null,
        };
        var randomness = random.Next(5) == 0 ? random.Next(5, 40) : 0;
        return new PortfolioRequest(slate, lineups, constraints, randomness, (ulong)random.Next());
    }
}
