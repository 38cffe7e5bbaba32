namespace NascarDfs.Domain.Sites;

/// <summary>A daily-fantasy site whose NASCAR contests the app builds lineups for.</summary>
public enum Site
{
    DraftKings,
    FanDuel,
}
