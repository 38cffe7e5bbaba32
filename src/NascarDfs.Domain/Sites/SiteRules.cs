namespace NascarDfs.Domain.Sites;

/// <summary>
/// Everything the optimizer and the exporters need to know about a site's NASCAR contest,
/// as data: the optimizer never switches on the site.
/// </summary>
/// <param name="Site">The site.</param>
/// <param name="Name">The command-line name (<c>draftkings</c>, <c>fanduel</c>).</param>
/// <param name="DisplayName">A name for people.</param>
/// <param name="RosterSize">Drivers in one lineup.</param>
/// <param name="SlotName">The roster slot label, repeated <paramref name="RosterSize"/> times in the upload header.</param>
/// <param name="SalaryCap">The salary cap in dollars.</param>
/// <param name="MaxLineupsPerUploadFile">The most lineups one upload file may hold; larger portfolios are split.</param>
/// <param name="DefaultScoring">The name of the scoring table in force today.</param>
public sealed record SiteRules(
    Site Site,
    string Name,
    string DisplayName,
    int RosterSize,
    string SlotName,
    int SalaryCap,
    int MaxLineupsPerUploadFile,
    string DefaultScoring)
{
    /// <summary>The header row of the site's lineup upload CSV.</summary>
    public IReadOnlyList<string> UploadHeader => Enumerable.Repeat(SlotName, RosterSize).ToArray();
}
