using System.Text;

namespace NascarDfs.Simulation.Tracks;

/// <summary>
/// The race a salary file's <c>Game Info</c> (DraftKings) or slate name names, when it names a known one: a Cup race by
/// its name (the "Daytona 500", the "Pennzoil 400") with its scheduled laps, else a track of <see cref="TrackTable"/>
/// by name or alias ("… - Talladega"). What the Optimize page prefills; the user can change it.
/// </summary>
public static class RaceNames
{
    /// <summary>A known race: the track's table name and, where the race name fixes them, the scheduled laps.</summary>
    public sealed record KnownRace(string Track, int? Laps);

    // Cup races whose name has stayed with one track and distance (sponsors change; these are the names on real files).
    private static readonly (string Name, string Track, int Laps)[] Races =
    [
        ("Daytona 500", "Daytona International Speedway", 200),
        ("Coca-Cola 600", "Charlotte Motor Speedway", 400),
        ("Southern 500", "Darlington Raceway", 367),
        ("Brickyard 400", "Indianapolis Motor Speedway", 160),
        ("Pennzoil 400", "Las Vegas Motor Speedway", 267),
        ("Pala Casino 400", "Auto Club Speedway", 200),
        ("United Rentals Work United 500", "Phoenix Raceway", 312),
        ("EchoPark Automotive Grand Prix", "Circuit of The Americas", 68),
        ("GEICO 500", "Talladega Superspeedway", 188),
        ("YellaWood 500", "Talladega Superspeedway", 188),
        ("Bass Pro Shops Night Race", "Bristol Motor Speedway", 500),
        ("Food City 500", "Bristol Motor Speedway", 500),
        ("Coke Zero Sugar 400", "Daytona International Speedway", 160),
        ("USA TODAY 301", "New Hampshire Motor Speedway", 301),
    ];

    /// <summary>The race <paramref name="gameInfo"/> names, or null when it names none.</summary>
    public static KnownRace? Find(string? gameInfo)
    {
        if (string.IsNullOrWhiteSpace(gameInfo)) return null;
        var text = Key(gameInfo);
        foreach (var (name, track, laps) in Races)
        {
            if (text.Contains(Key(name), StringComparison.Ordinal)) return new KnownRace(track, laps);
        }

        // The longest matching name or alias wins ("Charlotte Motor Speedway Road Course" over "Charlotte").
        var best = TrackTable.Tracks
            .SelectMany(t => t.Aliases.Prepend(t.Name).Select(alias => (Track: t, Key: Key(alias))))
            .Where(x => x.Key.Length >= 4 && ContainsWord(text, x.Key))
            .OrderByDescending(x => x.Key.Length)
            .FirstOrDefault();
        return best.Track is null ? null : new KnownRace(best.Track.Name, null);
    }

    private static bool ContainsWord(string text, string word)
    {
        var padded = " " + text + " ";
        return padded.Contains(" " + word + " ", StringComparison.Ordinal);
    }

    // Lowercase letters and digits, other characters as single spaces.
    private static string Key(string text)
    {
        var key = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c)) key.Append(char.ToLowerInvariant(c));
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark && key.Length > 0 && key[^1] != ' ') key.Append(' ');
        }

        return key.ToString().Trim();
    }
}
