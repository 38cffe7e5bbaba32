using System.Collections.Immutable;
using System.Globalization;

namespace NascarDfs.Domain.Slates;

/// <summary>Merges a salary file with the user's projections into a <see cref="Slate"/>, and finds drivers in it by ID or name.</summary>
public static class SlateAssembler
{
    /// <summary>
    /// Builds the slate: every driver of <paramref name="file"/>, in file order, with its projection row merged in
    /// (matched by exact ID, else by <see cref="DriverNameKey"/>). Drivers without a row get what
    /// <paramref name="policy"/> says; without a projections file every driver gets the file's average (0 where the
    /// file has none). Unmatched and duplicate rows, and drivers left without a projection, become warnings.
    /// </summary>
    public static Slate Assemble(SalaryFile file, ProjectionFile? projections, MissingProjectionPolicy policy = MissingProjectionPolicy.FileAverage)
    {
        if (projections is null) return FromFileAverages(file);

        var (rows, warnings) = new ProjectionMatcher(file.Drivers).Match(projections);
        var missing = new List<string>();
        var drivers = ImmutableArray.CreateBuilder<Driver>(file.Drivers.Length);
        for (var i = 0; i < file.Drivers.Length; i++)
        {
            var source = file.Drivers[i];
            var row = rows[i];
            var isOut = row?.Out ?? source.MarkedOut;
            var projection = row?.Projection;
            var excluded = row?.Exclude ?? false;
            if (projection is null)
            {
                projection = policy == MissingProjectionPolicy.FileAverage ? source.FileAverage ?? 0 : 0;
                excluded |= policy == MissingProjectionPolicy.Exclude;

                // A driver marked out needs no projection: he will not start.
                if (!isOut) missing.Add(DescribeMissing(source, policy));
            }

            drivers.Add(new Driver(
                source.Id, source.Name, source.Salary, projection.Value,
                StdDev: row?.StdDev, Start: row?.Start, Ownership: row?.Ownership, Ceiling: row?.Ceiling,
                MinExposure: row?.MinExposure, MaxExposure: row?.MaxExposure,
                Locked: row?.Lock ?? false, Excluded: excluded, Out: isOut));
        }

        if (missing.Count > 0)
        {
            warnings.Add($"{missing.Count} driver(s) have no projection in {projections.FileName} and {Outcome(policy)}: {string.Join(", ", missing)}.");
        }

        return new Slate(file.Site, file.RaceName, drivers.MoveToImmutable(), [.. warnings]);
    }

    /// <summary>
    /// The row of <paramref name="rows"/> matched to each driver of <paramref name="file"/> (in file order; null where
    /// none), exactly as <see cref="Assemble"/> matches projections: by ID, else by <see cref="DriverNameKey"/>; the
    /// warnings name every row that matched nothing, several drivers or a driver already taken.
    /// </summary>
    public static (ImmutableArray<ProjectionRow?> Rows, ImmutableArray<string> Warnings) Match(SalaryFile file, ProjectionFile rows)
    {
        var (matched, warnings) = new ProjectionMatcher(file.Drivers).Match(rows);
        return ([.. matched], [.. warnings]);
    }

    /// <summary>
    /// The driver <paramref name="idOrName"/> names: the exact ID, else the one driver whose name matches by
    /// <see cref="DriverNameKey"/>. Throws <see cref="ArgumentException"/> when none or several match.
    /// </summary>
    public static Driver ResolveDriver(Slate slate, string idOrName)
    {
        var text = idOrName.Trim();
        if (slate.FindById(text) is { } byId) return byId;

        var key = DriverNameKey.Normalize(text);
        var candidates = slate.Drivers.Where(d => DriverNameKey.Normalize(d.Name) == key).ToList();
        return candidates.Count switch
        {
            1 => candidates[0],
            0 => throw new ArgumentException($"No driver '{idOrName}' in the slate.", nameof(idOrName)),
            _ => throw new ArgumentException(
                $"'{idOrName}' matches several drivers: {string.Join(", ", candidates.Select(d => $"{d.Name} ({d.Id})"))}. Use the ID.",
                nameof(idOrName)),
        };
    }

    private static Slate FromFileAverages(SalaryFile file)
    {
        var drivers = file.Drivers
            .Select(d => new Driver(d.Id, d.Name, d.Salary, d.FileAverage ?? 0, Out: d.MarkedOut))
            .ToImmutableArray();
        var withoutAverage = file.Drivers.Where(d => d.FileAverage is null && !d.MarkedOut).Select(d => d.Name).ToList();
        ImmutableArray<string> warnings = withoutAverage.Count == 0
            ? []
            : [$"No projections given and {file.FileName} has no average for {withoutAverage.Count} driver(s), who get 0: {string.Join(", ", withoutAverage)}."];
        return new Slate(file.Site, file.RaceName, drivers, warnings);
    }

    private static string Outcome(MissingProjectionPolicy policy) => policy switch
    {
        MissingProjectionPolicy.FileAverage => "get the salary file's average",
        MissingProjectionPolicy.Zero => "get 0 points",
        _ => "are excluded",
    };

    private static string DescribeMissing(SlateDriver driver, MissingProjectionPolicy policy) => policy switch
    {
        MissingProjectionPolicy.FileAverage when driver.FileAverage is { } average =>
            $"{driver.Name} ({average.ToString("0.##", CultureInfo.InvariantCulture)})",
        MissingProjectionPolicy.FileAverage => $"{driver.Name} (0, no average in the file)",
        _ => driver.Name,
    };
}
