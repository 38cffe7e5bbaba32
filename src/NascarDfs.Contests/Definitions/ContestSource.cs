using NascarDfs.Domain.Sites;

namespace NascarDfs.Contests.Definitions;

/// <summary>
/// Where a contest comes from on the command line and in the app: a bundled example's name, or a file — our JSON
/// (<c>.json</c>), our CSV (<c>.csv</c>) or the text copied from the site (any other extension).
/// </summary>
public static class ContestSource
{
    /// <summary>Loads <paramref name="fileOrName"/> for a slate of <paramref name="site"/>; throws
    /// <see cref="ContestException"/> with a sentence (unknown name, unreadable file, a contest for another site).</summary>
    public static Contest Load(string fileOrName, Site site, ContestHeader? header = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileOrName);
        Contest contest;
        if (File.Exists(fileOrName)) contest = ReadFile(fileOrName, header ?? new ContestHeader(Site: site));
        else if (BundledContests.Find(fileOrName, site) is { } example) contest = example;
        else
        {
            throw new ContestException(fileOrName,
                $"No such file, and not a bundled example: use a contest file (.json, .csv, or the text copied from the site) or one of {string.Join(", ", BundledContests.Names)}.");
        }

        return ForSite(contest, site, fileOrName);
    }

    /// <summary>Reads a contest file by its extension.</summary>
    public static Contest ReadFile(string path, ContestHeader? header = null)
    {
        var name = Path.GetFileName(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ContestException(name, $"The file cannot be read ({e.Message}).");
        }

        return Parse(text, name, header);
    }

    /// <summary>Parses contest text by the file name's extension (what the app's import does with an upload).</summary>
    public static Contest Parse(string text, string fileName, ContestHeader? header = null)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return extension switch
        {
            ".json" => ContestJson.Read(text, fileName),
            ".csv" => ContestCsv.Read(new StringReader(text), fileName),
            _ => PayoutText.Parse(text, fileName, header),
        };
    }

    /// <summary>Throws when the contest is not for the slate's site.</summary>
    public static Contest ForSite(Contest contest, Site site, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(contest);
        if (contest.Site == site) return contest;
        throw new ContestException(source ?? contest.Name,
            $"'{contest.Name}' is a {contest.Rules.DisplayName} contest but the slate is {SiteRegistry.Get(site).DisplayName}'s: use a {SiteRegistry.Get(site).DisplayName} contest.");
    }
}
