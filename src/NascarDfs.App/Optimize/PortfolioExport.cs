using NascarDfs.Domain.Lineups;
using NascarDfs.Domain.Sites;
using NascarDfs.Domain.Slates;

namespace NascarDfs.App.Optimize;

/// <summary>Writes a finished portfolio where the user asked: the site's upload CSV(s) and/or a filled DKEntries copy.</summary>
internal static class PortfolioExport
{
    /// <summary>Writes the files; returns one line per file written and every warning. The slate is needed only for entries.</summary>
    public static IReadOnlyList<string> Export(SiteRules site, IReadOnlyList<Lineup> lineups, Func<Slate> slate, string? uploadPath, string? entriesPath)
    {
        var messages = new List<string>();
        if (uploadPath is not null)
        {
            foreach (var file in LineupUploadCsv.WriteFiles(site, lineups, uploadPath))
            {
                messages.Add($"Wrote {file}");
            }
        }

        if (entriesPath is not null)
        {
            if (site.Site != Site.DraftKings) throw new ArgumentException("--entries fills a DraftKings DKEntries.csv; this is a FanDuel portfolio.");
            if (!File.Exists(entriesPath)) throw new ArgumentException($"--entries: file not found: {entriesPath}");
            var filled = DraftKingsEntriesFile.Fill(entriesPath, lineups, slate());
            messages.Add($"Wrote {filled.OutputPath} ({filled.EntriesFilled} entries filled)");
            messages.AddRange(filled.Warnings.Select(w => "Warning: " + w));
        }

        return messages;
    }
}
