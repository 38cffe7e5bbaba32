using NascarDfs.Domain.Lineups;
using NascarDfs.Domain.Sites;

namespace NascarDfs.App.Optimize;

/// <summary>Writes a finished portfolio where the user asked: the site's upload CSV(s) and/or a filled DKEntries copy.</summary>
internal static class PortfolioExport
{
    /// <summary>Writes the files; returns one line per file written and every warning.</summary>
    public static IReadOnlyList<string> Export(OptimizeJobConfig config, OptimizeResultDocument result, string? uploadPath, string? entriesPath)
    {
        var messages = new List<string>();
        var site = SiteRegistry.Parse(config.Site);
        if (uploadPath is not null)
        {
            foreach (var file in LineupUploadCsv.WriteFiles(site, result.Lineups, uploadPath))
            {
                messages.Add($"Wrote {file}");
            }
        }

        if (entriesPath is not null)
        {
            if (site.Site != Site.DraftKings) throw new ArgumentException("--entries fills a DraftKings DKEntries.csv; this is a FanDuel portfolio.");
            if (!File.Exists(entriesPath)) throw new ArgumentException($"--entries: file not found: {entriesPath}");
            var filled = DraftKingsEntriesFile.Fill(entriesPath, result.Lineups, OptimizeService.LoadSlate(config));
            messages.Add($"Wrote {filled.OutputPath} ({filled.EntriesFilled} entries filled)");
            messages.AddRange(filled.Warnings.Select(w => "Warning: " + w));
        }

        return messages;
    }
}
