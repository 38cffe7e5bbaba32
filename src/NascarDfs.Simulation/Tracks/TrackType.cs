namespace NascarDfs.Simulation.Tracks;

/// <summary>The kinds of track the race model distinguishes (SPEC §5). Street courses count as road courses.</summary>
public enum TrackType
{
    /// <summary>Drafting tracks: Daytona, Talladega, Atlanta since its 2022 reprofile.</summary>
    Superspeedway,

    /// <summary>Ovals of roughly 1.3–2.5 miles: Charlotte, Las Vegas, Kansas, Michigan, Pocono...</summary>
    Intermediate,

    /// <summary>Ovals of about a mile or less: Martinsville, Bristol, Richmond, Phoenix, Dover...</summary>
    ShortTrack,

    /// <summary>Road and street courses: Sonoma, Watkins Glen, COTA, the Roval, Chicago...</summary>
    RoadCourse,

    /// <summary>Dirt ovals: Bristol Dirt, Eldora, Knoxville.</summary>
    Dirt,
}
