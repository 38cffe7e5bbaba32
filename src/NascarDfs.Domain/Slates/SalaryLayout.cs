using NascarDfs.Domain.Sites;

namespace NascarDfs.Domain.Slates;

/// <summary>How one site's salary file names its columns (SPEC §3); the row loop in <see cref="SalaryTable"/> is shared.</summary>
internal sealed record SalaryLayout(
    Site Site,
    string Description,
    IReadOnlyList<string> ExpectedHeader,
    IReadOnlyList<string> RequiredColumns,
    string IdColumn,
    string NameColumn,
    string SalaryColumn,
    string? AverageColumn,
    string? RaceColumn,
    string? StatusColumn,
    IReadOnlyList<string> OutStatuses,
    Func<CsvHeader, CsvRow, string> NameOf)
{
    /// <summary>The DraftKings salary export; also the player table of the entry template.</summary>
    public static SalaryLayout DraftKings { get; } = new(
        Site.DraftKings,
        "a DraftKings salary export",
        ["Position", "Name + ID", "Name", "ID", "Roster Position", "Salary", "Game Info", "TeamAbbrev", "AvgPointsPerGame"],
        RequiredColumns: ["Name", "ID", "Salary"],
        IdColumn: "ID",
        NameColumn: "Name",
        SalaryColumn: "Salary",
        AverageColumn: "AvgPointsPerGame",
        RaceColumn: "Game Info",
        // Newer exports add a Status column; O and OUT mark a driver out (SPEC §3).
        StatusColumn: "Status",
        OutStatuses: ["O", "OUT"],
        NameOf: (header, row) => header.Get(row, "Name"));

    /// <summary>The FanDuel player list (its header has empty column names, which are skipped).</summary>
    public static SalaryLayout FanDuel { get; } = new(
        Site.FanDuel,
        "a FanDuel player list",
        ["Id", "Position", "First Name", "Nickname", "Last Name", "FPPG", "Raced", "Salary", "Game", "Team", "Opponent",
            "Injury Indicator", "Injury Details", "Tier", "", "", "Roster Position"],
        RequiredColumns: ["Id", "Nickname", "Salary"],
        IdColumn: "Id",
        NameColumn: "Nickname",
        SalaryColumn: "Salary",
        AverageColumn: "FPPG",
        RaceColumn: "Game",
        StatusColumn: "Injury Indicator",
        OutStatuses: ["O"],
        // The nickname is the name FanDuel shows; first and last name are the fallback when it is empty.
        NameOf: (header, row) => header.Get(row, "Nickname") is { Length: > 0 } nickname
            ? nickname
            : $"{header.Get(row, "First Name")} {header.Get(row, "Last Name")}".Trim());

    /// <summary>The expected header as the site writes it, for error messages.</summary>
    public string ExpectedHeaderText => string.Join(",", ExpectedHeader);
}
