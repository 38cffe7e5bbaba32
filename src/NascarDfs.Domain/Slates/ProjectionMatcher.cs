using System.Collections.Immutable;

namespace NascarDfs.Domain.Slates;

/// <summary>
/// Pairs projection rows with salary-file drivers: by exact ID, else by <see cref="DriverNameKey"/>. Rows that
/// match nothing, match several drivers, or match a driver already taken are reported, never silently dropped.
/// </summary>
internal sealed class ProjectionMatcher
{
    private readonly ImmutableArray<SlateDriver> _drivers;
    private readonly Dictionary<string, int> _byId = new(StringComparer.Ordinal);
    private readonly ILookup<string, int> _byName;

    public ProjectionMatcher(ImmutableArray<SlateDriver> drivers)
    {
        _drivers = drivers;
        for (var i = 0; i < drivers.Length; i++) _byId.TryAdd(drivers[i].Id, i);
        _byName = Enumerable.Range(0, drivers.Length).ToLookup(i => DriverNameKey.Normalize(drivers[i].Name));
    }

    /// <summary>The row matched to each driver (by index; null where none) and the warnings of the matching.</summary>
    public (ProjectionRow?[] Rows, List<string> Warnings) Match(ProjectionFile file)
    {
        var matched = new ProjectionRow?[_drivers.Length];
        var warnings = new List<string>();
        foreach (var row in file.Rows)
        {
            var where = $"{file.FileName}, line {row.Line}";
            var index = Find(row, out var ambiguous);
            if (ambiguous.Count > 1)
            {
                warnings.Add($"{where}: {Key(row)} matches several drivers ({Describe(ambiguous)}); give the ID. The row was ignored.");
            }
            else if (index is not { } i)
            {
                warnings.Add($"{where}: no driver {Key(row)} in the slate. The row was ignored.");
            }
            else if (matched[i] is { } earlier)
            {
                warnings.Add($"{where}: {Key(row)} is {Describe([i])}, already matched on line {earlier.Line}. The row was ignored.");
            }
            else
            {
                matched[i] = row;
            }
        }

        return (matched, warnings);
    }

    private int? Find(ProjectionRow row, out IReadOnlyList<int> candidates)
    {
        candidates = [];
        if (row.Id is { } id && _byId.TryGetValue(id, out var byId)) return byId;
        if (row.Name is null) return null;

        candidates = _byName[DriverNameKey.Normalize(row.Name)].ToList();
        return candidates.Count == 1 ? candidates[0] : null;
    }

    private static string Key(ProjectionRow row) => (row.Id, row.Name) switch
    {
        ({ } id, { } name) => $"'{name}' (ID '{id}')",
        ({ } id, null) => $"'{id}'",
        (null, { } name) => $"'{name}'",
        _ => "",
    };

    private string Describe(IEnumerable<int> indexes) =>
        string.Join(", ", indexes.Select(i => $"{_drivers[i].Name} ({_drivers[i].Id})"));
}
