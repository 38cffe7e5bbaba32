using System.Globalization;
using System.Text.RegularExpressions;

namespace NascarDfs.Contests.Definitions;

/// <summary>
/// Reads the payouts a user copies from a site's contest details: <c>1st $10,000 / 2nd $5,000 / 3rd–5th $1,000</c>, or
/// one range a line, with a hyphen, en or em dash or "to" between ranks and an optional colon before the prize.
/// Items are separated by new lines, <c>/</c>, <c>;</c>, <c>|</c> or <c>•</c>; a trailing "…" is ignored. Lines such as
/// <c>Site: fanduel</c>, <c>Name: …</c>, <c>Entry fee: $3</c>, <c>Entries: 100,000</c> (or <c>12,345/100,000</c>) and
/// <c>Max entries: 150</c> fill the rest of the contest; a <see cref="ContestHeader"/> supplies or overrides them.
/// </summary>
public static partial class PayoutText
{
    /// <summary>Parses the text into a validated contest.</summary>
    public static Contest Parse(string text, string source, ContestHeader? header = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        header ??= new ContestHeader();
        var tiers = new List<PayoutTier>();
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = text.Split('\n');
        for (var l = 0; l < lines.Length; l++)
        {
            var line = Clean(lines[l]);
            var field = Field().Match(line);
            if (field.Success && Key(field.Groups["key"].Value) is { } key)
            {
                fields[key] = field.Groups["value"].Value.Trim();
                continue;
            }

            foreach (var item in Separators().Split(line).Select(Clean).Where(s => s.Length > 0))
            {
                var tier = Tier().Match(item);
                if (!tier.Success)
                {
                    throw new ContestException(source,
                        $"line {l + 1}: '{item}' is neither a payout like '1st $10,000' or '3rd–5th $1,000' nor a line like 'Entry fee: $3'.");
                }

                var from = Number(tier.Groups["from"].Value);
                var to = tier.Groups["to"].Success ? Number(tier.Groups["to"].Value) : from;
                tiers.Add(new PayoutTier(from, to, decimal.Parse(tier.Groups["prize"].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture)));
            }
        }

        if (tiers.Count == 0) throw new ContestException(source, "No payouts found: paste the prize list, like '1st $10,000 / 2nd $5,000 / 3rd–5th $1,000'.");
        var site = header.Site ?? (fields.TryGetValue("site", out var s) ? ContestJson.ParseSite(s, source) : throw Missing(source, "the site (Site: fanduel)"));
        var name = header.Name ?? (fields.TryGetValue("name", out var n) ? n : Path.GetFileNameWithoutExtension(source));
        var fee = header.EntryFee ?? (fields.TryGetValue("fee", out var f) ? ContestCsv.Money(f, source, 0, "Entry fee") : throw Missing(source, "the entry fee (Entry fee: $3)"));
        var size = header.FieldSize ?? (fields.TryGetValue("size", out var z) ? ContestCsv.Count(z.Split('/')[^1], source, 0, "Entries") : throw Missing(source, "the field size (Entries: 100,000)"));
        var max = header.MaxEntries ?? (fields.TryGetValue("max", out var m) ? MaxEntries(m, source) : 1);
        return Contest.Create(site, name, fee, size, max, tiers, source: source);
    }

    private static ContestException Missing(string source, string what) =>
        new(source, $"The text gives the payouts but not {what}: add that line or give it with the contest.");

    private static string Clean(string item) => item.Trim().TrimEnd('…', '.', ' ').Trim();

    private static int Number(string text) => int.Parse(text.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    private static int MaxEntries(string value, string source) =>
        value.Contains("single", StringComparison.OrdinalIgnoreCase) ? 1 : ContestCsv.Count(value, source, 0, "Max entries");

    private static string? Key(string key)
    {
        var k = key.Trim().ToLowerInvariant();
        return k switch
        {
            "site" => "site",
            "name" or "contest" => "name",
            "entry fee" or "entry" or "fee" or "buy-in" or "buy in" => "fee",
            "entries" or "field size" or "size" or "field" => "size",
            "max entries" or "max entries per user" or "entry limit" or "max" or "multi-entry" => "max",
            _ => null,
        };
    }

    [GeneratedRegex(@"[/;|•]")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^(?<from>\d[\d,]*)\s*(?:st|nd|rd|th)?(?:\s*(?:-|–|—|to)\s*(?<to>\d[\d,]*)\s*(?:st|nd|rd|th)?)?\s*(?:place)?\s*[:=]?\s*\$?\s*(?<prize>\d[\d,]*(?:\.\d+)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Tier();

    [GeneratedRegex(@"^(?<key>[A-Za-z][A-Za-z \-]*?)\s*[:=]\s*(?<value>.+)$")]
    private static partial Regex Field();
}
