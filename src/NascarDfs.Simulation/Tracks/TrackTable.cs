using System.Collections.Immutable;
using System.Text;

namespace NascarDfs.Simulation.Tracks;

/// <summary>
/// The tracks NASCAR's three national series raced on 2019–2025 (every <c>track_name</c> of the loop data),
/// with aliases and types. Lookup ignores case, accents, spaces and punctuation.
/// </summary>
public static class TrackTable
{
    // Atlanta's repave and reprofile (steeper banking, pack racing) took effect for the March 2022 race.
    private static readonly DateOnly AtlantaReprofile = new(2022, 1, 1);

    /// <summary>Every track of the table.</summary>
    public static ImmutableArray<Track> Tracks { get; } =
    [
        Of("Daytona International Speedway", TrackType.Superspeedway, "Daytona"),
        Of("Talladega Superspeedway", TrackType.Superspeedway, "Talladega"),
        new("Atlanta Motor Speedway", ["Atlanta", "EchoPark Speedway"],
            [new(TrackType.Intermediate, Until: AtlantaReprofile), new(TrackType.Superspeedway, From: AtlantaReprofile)]),
        Of("Auto Club Speedway", TrackType.Intermediate, "Fontana", "California Speedway"),
        Of("Charlotte Motor Speedway", TrackType.Intermediate, "Charlotte"),
        Of("Chicagoland Speedway", TrackType.Intermediate, "Chicagoland"),
        Of("Darlington Raceway", TrackType.Intermediate, "Darlington"),
        Of("Homestead-Miami Speedway", TrackType.Intermediate, "Homestead", "Miami"),
        Of("Indianapolis Motor Speedway", TrackType.Intermediate, "Indianapolis", "Indy", "Brickyard"),
        Of("Kansas Speedway", TrackType.Intermediate, "Kansas"),
        Of("Kentucky Speedway", TrackType.Intermediate, "Kentucky"),
        Of("Las Vegas Motor Speedway", TrackType.Intermediate, "Las Vegas", "Vegas"),
        Of("Michigan International Speedway", TrackType.Intermediate, "Michigan"),
        // A 1.33-mile concrete oval despite its name (SPEC §5).
        Of("Nashville Superspeedway", TrackType.Intermediate, "Nashville"),
        Of("Pocono Raceway", TrackType.Intermediate, "Pocono"),
        Of("Texas Motor Speedway", TrackType.Intermediate, "Texas"),
        Of("Phoenix Raceway", TrackType.ShortTrack, "Phoenix", "ISM Raceway", "Phoenix International Raceway"),
        Of("Bristol Motor Speedway", TrackType.ShortTrack, "Bristol"),
        Of("Martinsville Speedway", TrackType.ShortTrack, "Martinsville"),
        Of("Richmond Raceway", TrackType.ShortTrack, "Richmond"),
        Of("New Hampshire Motor Speedway", TrackType.ShortTrack, "New Hampshire", "Loudon"),
        Of("Dover Motor Speedway", TrackType.ShortTrack, "Dover", "Dover International Speedway"),
        Of("Iowa Speedway", TrackType.ShortTrack, "Iowa"),
        Of("North Wilkesboro Speedway", TrackType.ShortTrack, "North Wilkesboro"),
        Of("Bowman Gray Stadium", TrackType.ShortTrack, "Bowman Gray"),
        Of("Los Angeles Memorial Coliseum", TrackType.ShortTrack, "LA Coliseum", "Coliseum"),
        Of("The Milwaukee Mile", TrackType.ShortTrack, "Milwaukee Mile Speedway", "Milwaukee"),
        Of("Lucas Oil Indianapolis Raceway Park", TrackType.ShortTrack, "Indianapolis Raceway Park", "IRP"),
        Of("World Wide Technology Raceway", TrackType.ShortTrack, "World Wide Technology Raceway at Gateway", "Gateway"),
        Of("Rockingham Speedway", TrackType.ShortTrack, "Rockingham"),
        Of("Sonoma Raceway", TrackType.RoadCourse, "Sonoma"),
        Of("Watkins Glen International", TrackType.RoadCourse, "Watkins Glen"),
        Of("Circuit of The Americas", TrackType.RoadCourse, "COTA"),
        Of("Charlotte Motor Speedway Road Course", TrackType.RoadCourse, "Charlotte Roval", "Roval"),
        Of("Daytona International Speedway Road Course", TrackType.RoadCourse, "DAYTONA Road Course"),
        Of("Indianapolis Motor Speedway Road Course", TrackType.RoadCourse, "Indianapolis Road Course", "Indy Road Course"),
        Of("Road America", TrackType.RoadCourse),
        Of("Mid-Ohio Sports Car Course", TrackType.RoadCourse, "Mid-Ohio"),
        Of("Portland International Raceway", TrackType.RoadCourse, "Portland"),
        Of("Canadian Tire Motorsport Park", TrackType.RoadCourse, "Mosport"),
        Of("Lime Rock Park", TrackType.RoadCourse, "Lime Rock"),
        Of("Chicago Street Race", TrackType.RoadCourse, "Chicago Street Course", "Chicago"),
        Of("Autódromo Hermanos Rodríguez", TrackType.RoadCourse, "Mexico City"),
        Of("Bristol Motor Speedway Dirt", TrackType.Dirt, "Bristol Dirt"),
        Of("Eldora Speedway", TrackType.Dirt, "Eldora"),
        Of("Knoxville Raceway", TrackType.Dirt, "Knoxville"),
    ];

    private static readonly Dictionary<string, Track> ByKey = BuildIndex();

    /// <summary>Finds a track by name or alias, or returns null.</summary>
    public static Track? Find(string name) => ByKey.GetValueOrDefault(Key(name));

    /// <summary>Finds a track or throws, naming a few known tracks.</summary>
    public static Track Get(string name) =>
        Find(name) ?? throw new ArgumentException(
            $"Unknown track '{name}'. Give --track-type instead, or a track such as Daytona, Phoenix, Charlotte, Sonoma.");

    private static Track Of(string name, TrackType type, params string[] aliases) => new(name, [.. aliases], [new TrackPeriod(type)]);

    private static Dictionary<string, Track> BuildIndex()
    {
        var index = new Dictionary<string, Track>(StringComparer.Ordinal);
        foreach (var track in Tracks)
        {
            foreach (var name in track.Aliases.Prepend(track.Name))
            {
                if (!index.TryAdd(Key(name), track)) throw new InvalidOperationException($"Track name '{name}' is listed twice.");
            }
        }

        return index;
    }

    // Case-, accent- and punctuation-insensitive; done by hand because the app runs with invariant globalization.
    internal static string Key(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant())
        {
            var plain = c switch
            {
                'á' or 'à' or 'â' or 'ä' => 'a',
                'é' or 'è' or 'ê' or 'ë' => 'e',
                'í' or 'ì' or 'î' or 'ï' => 'i',
                'ó' or 'ò' or 'ô' or 'ö' => 'o',
                'ú' or 'ù' or 'û' or 'ü' => 'u',
                'ñ' => 'n',
                _ => c,
            };
            if (char.IsLetterOrDigit(plain)) builder.Append(plain);
        }

        return builder.ToString();
    }
}
