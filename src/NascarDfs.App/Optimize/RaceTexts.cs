namespace NascarDfs.App.Optimize;

/// <summary>How a simulated race is named on pages: "Talladega Superspeedway (Superspeedway), 188 laps".</summary>
internal static class RaceTexts
{
    public static string Of(string? track, string trackType, int laps) =>
        (track is null ? trackType : $"{track} ({trackType})") + $", {laps:N0} laps";
}
