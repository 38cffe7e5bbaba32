using System.Globalization;
using NascarDfs.Domain.Slates;
using NascarDfs.Simulation.Tracks;

namespace NascarDfs.App.Web.Slates;

/// <summary>
/// What the slate library lists of a slate: its id (the file name in <c>slates/</c>), a name the user can change, the site,
/// the race date and track when known (read from the salary file's name and <c>Game Info</c>, editable) and when it was imported.
/// </summary>
internal sealed record SlateEntry(string Id, string Name, string Site, DateOnly? RaceDate, string? Race, string? Track, DateTimeOffset ImportedAt)
{
    /// <summary>A fingerprint of the salary file, so a job's slate is found again by content (Edit &amp; re-run, job links).</summary>
    public string? SalaryHash { get; init; }

    /// <summary>The entry of a slate not in the library (tests, a job's slate before it is added).</summary>
    public static SlateEntry Unsaved { get; } = new("", "", "", null, null, null, DateTimeOffset.UnixEpoch);

    /// <summary>"Pennzoil 400 · DraftKings · 2023-03-05": how the library's list names it.</summary>
    public string Label => string.Join(" · ", new[] { Name, Site, RaceDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }.Where(s => !string.IsNullOrEmpty(s)));

    /// <summary>The entry a freshly imported salary file gets: its race name (else file name), the date a file name starts with, the track its Game Info names.</summary>
    public static SlateEntry For(string id, SalaryFile salary, DateTimeOffset now) =>
        new(id, salary.RaceName ?? Path.GetFileNameWithoutExtension(salary.FileName), Domain.Sites.SiteRegistry.Get(salary.Site).DisplayName,
            DateFromFileName(salary.FileName), salary.RaceName, RaceNames.Find(salary.RaceName)?.Track, now);

    /// <summary>The date a file name starts with (<c>2023-03-05-las-vegas.DKSalaries.csv</c>), if any.</summary>
    public static DateOnly? DateFromFileName(string fileName)
    {
        var file = Path.GetFileName(fileName);
        return file.Length >= 10 && DateOnly.TryParseExact(file[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }
}
