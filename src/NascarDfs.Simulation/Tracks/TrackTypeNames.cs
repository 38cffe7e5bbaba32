namespace NascarDfs.Simulation.Tracks;

/// <summary>The command-line names of <see cref="TrackType"/> (SPEC §9).</summary>
public static class TrackTypeNames
{
    private static readonly (TrackType Type, string Name)[] Names =
    [
        (TrackType.Superspeedway, "superspeedway"),
        (TrackType.Intermediate, "intermediate"),
        (TrackType.ShortTrack, "short-track"),
        (TrackType.RoadCourse, "road-course"),
        (TrackType.Dirt, "dirt"),
    ];

    /// <summary>Every command-line name, in enum order.</summary>
    public static IReadOnlyList<string> All { get; } = Names.Select(n => n.Name).ToArray();

    /// <summary>The command-line name of <paramref name="type"/>.</summary>
    public static string ToName(this TrackType type) => Names.First(n => n.Type == type).Name;

    /// <summary>Parses a command-line name, or returns null.</summary>
    public static TrackType? Find(string name)
    {
        var trimmed = name.Trim();
        foreach (var (type, n) in Names)
        {
            if (string.Equals(n, trimmed, StringComparison.OrdinalIgnoreCase)) return type;
        }

        return null;
    }

    /// <summary>Parses a command-line name or throws with the valid names.</summary>
    public static TrackType Parse(string name) =>
        Find(name) ?? throw new ArgumentException(
            $"Unknown track type '{name}'. Use one of: {string.Join(", ", All)}.");
}
