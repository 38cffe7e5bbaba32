using System.Text.Json;
using NascarDfs.Domain.Sites;

namespace NascarDfs.Contests.Definitions;

/// <summary>
/// Our contest JSON (README "Contests"): <c>{"version":1,"site":"fanduel","name":"…","entryFee":3,"fieldSize":100000,
/// "maxEntries":150,"payouts":[{"from":1,"to":1,"prize":10000},…]}</c>. <c>to</c> may be left out for a single rank.
/// </summary>
public static class ContestJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        WriteIndented = true,
    };

    /// <summary>Reads a contest file; errors name <paramref name="source"/>.</summary>
    public static Contest Read(string json, string source)
    {
        ContestFileDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize<ContestFileDto>(json, Options);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $"line {line + 1}" : "the file";
            var path = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "" : $" (at {e.Path.TrimStart('$', '.')})";
            throw new ContestException(source, $"Not a contest JSON file: {where}{path} cannot be read. See the README section \"Contests\" for the format.");
        }

        if (dto is null) throw new ContestException(source, "The file is empty: a contest JSON file is one object with site, name, entryFee, fieldSize, maxEntries and payouts.");
        if (dto.Version > ContestFileDto.CurrentVersion)
        {
            throw new ContestException(source, $"The file is contest format version {dto.Version}; this program reads version {ContestFileDto.CurrentVersion}.");
        }

        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(dto.Site)) missing.Add("site");
        if (string.IsNullOrWhiteSpace(dto.Name)) missing.Add("name");
        if (dto.EntryFee is null) missing.Add("entryFee");
        if (dto.FieldSize is null) missing.Add("fieldSize");
        if (dto.MaxEntries is null) missing.Add("maxEntries");
        if (dto.Payouts is null) missing.Add("payouts");
        if (missing.Count > 0) throw new ContestException(source, $"Missing {string.Join(", ", missing)}: a contest needs site, name, entryFee, fieldSize, maxEntries and payouts.");

        var site = ParseSite(dto.Site!, source);
        var tiers = dto.Payouts!.Select(p => new PayoutTier(p.From, p.To == 0 ? p.From : p.To, p.Prize));
        return Contest.Create(site, dto.Name!, dto.EntryFee!.Value, dto.FieldSize!.Value, dto.MaxEntries!.Value, tiers, dto.Example, source);
    }

    /// <summary>Writes a contest in our JSON.</summary>
    public static string Write(Contest contest)
    {
        ArgumentNullException.ThrowIfNull(contest);
        var dto = new ContestFileDto
        {
            Site = contest.Rules.Name,
            Name = contest.Name,
            Example = contest.IsExample,
            EntryFee = contest.EntryFee,
            FieldSize = contest.FieldSize,
            MaxEntries = contest.MaxEntriesPerUser,
            Payouts = [.. contest.Payouts.Select(p => new ContestFileDto.PayoutDto { From = p.From, To = p.To, Prize = p.Prize })],
        };
        return JsonSerializer.Serialize(dto, Options);
    }

    internal static Site ParseSite(string name, string source) =>
        SiteRegistry.Find(name)?.Site ?? throw new ContestException(source,
            $"Unknown site '{name}': use one of {string.Join(", ", SiteRegistry.All.Select(s => s.Name))}.");
}
