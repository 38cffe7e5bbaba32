using NascarDfs.App.Optimize;
using NascarDfs.Domain.Lineups;
using NascarDfs.Domain.Sites;

namespace NascarDfs.App.Web.Components.Pages.Lineups;

/// <summary>
/// Fills an uploaded DKEntries file with a portfolio's lineups (the Lineups page's kept ones) (the same <see cref="DraftKingsEntriesFile"/> as
/// <c>jobs export-lineups --entries</c>) and returns the filled copy for download; the upload itself is never changed.
/// </summary>
public static class FilledEntries
{
    /// <summary>The filled copy: its file name (<c>&lt;name&gt;.filled.csv</c>), bytes, entries filled and warnings.</summary>
    public sealed record Outcome(string FileName, byte[] Content, int EntriesFilled, IReadOnlyList<string> Warnings);

    /// <summary>Throws <see cref="ArgumentException"/> or <see cref="InputFileException"/> with the reason the file cannot be filled.</summary>
    public static Outcome Fill(OptimizeJobResult view, IReadOnlyList<Lineup> lineups, string fileName, byte[] entries)
    {
        if (view.Slate.Rules.Site != Site.DraftKings)
        {
            throw new ArgumentException($"A DKEntries file takes a DraftKings portfolio; #{view.Job.Id} is {view.Slate.Rules.DisplayName}.");
        }

        var folder = Directory.CreateTempSubdirectory("nascardfs-entries-");
        try
        {
            var name = Path.GetFileName(fileName);
            var input = Path.Combine(folder.FullName, string.IsNullOrWhiteSpace(name) || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 ? "DKEntries.csv" : name);
            File.WriteAllBytes(input, entries);
            var filled = DraftKingsEntriesFile.Fill(input, lineups, view.Slate);
            return new Outcome(Path.GetFileName(filled.OutputPath), File.ReadAllBytes(filled.OutputPath), filled.EntriesFilled, filled.Warnings);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
