namespace NascarDfs.Domain.Sites;

/// <summary>The sites the app knows, looked up by name or enum.</summary>
public static class SiteRegistry
{
    /// <summary>DraftKings NASCAR Classic: 6 drivers (slot D), $50,000 cap, 500 lineups per upload file.</summary>
    public static SiteRules DraftKings { get; } = new(
        Site.DraftKings, "draftkings", "DraftKings", RosterSize: 6, SlotName: "D",
        SalaryCap: 50_000, MaxLineupsPerUploadFile: 500, DefaultScoring: "draftkings");

    /// <summary>FanDuel NASCAR: 5 drivers (slot Driver), $50,000 cap, 250 lineups per upload file.</summary>
    public static SiteRules FanDuel { get; } = new(
        Site.FanDuel, "fanduel", "FanDuel", RosterSize: 5, SlotName: "Driver",
        SalaryCap: 50_000, MaxLineupsPerUploadFile: 250, DefaultScoring: "fanduel");

    /// <summary>Every known site.</summary>
    public static IReadOnlyList<SiteRules> All { get; } = [DraftKings, FanDuel];

    /// <summary>The rules of a site.</summary>
    public static SiteRules Get(Site site) => All.First(s => s.Site == site);

    /// <summary>Finds a site by its command-line name (case-insensitive), or null.</summary>
    public static SiteRules? Find(string name) =>
        All.FirstOrDefault(s => string.Equals(s.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Finds a site by name or throws with the list of valid names.</summary>
    public static SiteRules Parse(string name) =>
        Find(name) ?? throw new ArgumentException(
            $"Unknown site '{name}'. Use one of: {string.Join(", ", All.Select(s => s.Name))}.", nameof(name));
}
