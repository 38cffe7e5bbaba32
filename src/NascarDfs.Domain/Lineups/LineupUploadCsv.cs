using System.Globalization;
using System.Text;
using CsvHelper;
using NascarDfs.Domain.Sites;
using NascarDfs.Domain.Spreadsheets;

namespace NascarDfs.Domain.Lineups;

/// <summary>
/// Writes a portfolio as the site's upload CSV (SPEC §3): the header is the roster slots, each row one lineup's
/// driver IDs. Portfolios above <see cref="SiteRules.MaxLineupsPerUploadFile"/> are split into numbered files.
/// </summary>
public static class LineupUploadCsv
{
    /// <summary>Writes the header and one row per lineup to <paramref name="writer"/>.</summary>
    public static void Write(SiteRules site, IReadOnlyList<Lineup> lineups, TextWriter writer)
    {
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var slot in site.UploadHeader) csv.WriteField(slot);
        csv.NextRecord();
        for (var i = 0; i < lineups.Count; i++)
        {
            var lineup = lineups[i];
            if (lineup.DriverIds.Length != site.RosterSize)
            {
                throw new ArgumentException(
                    $"Lineup {i + 1} has {lineup.DriverIds.Length} drivers; {site.DisplayName} needs {site.RosterSize}.", nameof(lineups));
            }

            foreach (var id in lineup.DriverIds) csv.WriteField(UploadCell(id, i));
            csv.NextRecord();
        }
    }

    /// <summary>
    /// Writes the portfolio to <paramref name="path"/>, or, when it holds more lineups than one upload file may,
    /// to <c>name-1.csv</c>, <c>name-2.csv</c>… beside it, each within the site's limit. Returns the paths written.
    /// </summary>
    public static IReadOnlyList<string> WriteFiles(SiteRules site, IReadOnlyList<Lineup> lineups, string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);

        var limit = site.MaxLineupsPerUploadFile;
        if (lineups.Count <= limit)
        {
            WriteFile(site, lineups, path);
            return [path];
        }

        var stem = Path.GetFileNameWithoutExtension(path);
        var extension = Path.GetExtension(path) is { Length: > 0 } ext ? ext : ".csv";
        var parent = Path.GetDirectoryName(path) ?? "";
        var written = new List<string>();
        for (var start = 0; start < lineups.Count; start += limit)
        {
            var part = Path.Combine(parent, $"{stem}-{written.Count + 1}{extension}");
            WriteFile(site, lineups.Skip(start).Take(limit).ToList(), part);
            written.Add(part);
        }

        return written;
    }

    private static void WriteFile(SiteRules site, IReadOnlyList<Lineup> lineups, string path)
    {
        // No byte-order mark: the sites' upload forms read plain UTF-8.
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Write(site, lineups, writer);
    }

    // The site matches IDs exactly, so an ID cannot be escaped here; the slate reader refuses dangerous ones, and
    // this refuses any that came another way rather than hand the user a file that runs a formula.
    private static string UploadCell(string id, int index) => SpreadsheetText.IsDangerous(id)
        ? throw new ArgumentException($"Lineup {index + 1} has the driver ID '{id}', which a spreadsheet would run as a formula; the sites never issue such an ID.")
        : id;
}
