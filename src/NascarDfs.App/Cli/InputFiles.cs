using System.Globalization;
using NascarDfs.Domain.Sites;
using NascarDfs.Domain.Slates;

namespace NascarDfs.App.Cli;

/// <summary>The files and dates every command reads from its options, checked the same way everywhere.</summary>
internal static class InputFiles
{
    /// <summary>The path, or a sentence naming the option when the file is missing.</summary>
    public static string Require(string path, string option) =>
        File.Exists(path) ? path : throw new ArgumentException($"{option}: file not found: {path}");

    /// <summary>A salary file and optional projections; <paramref name="site"/>, when given, must match the file's.</summary>
    public static (SalaryFile Slate, ProjectionFile? Projections) ReadSlate(string slate, string? projections, string? site)
    {
        var file = SalaryFileReader.Read(Require(slate, "--slate"));
        if (site is not null && SiteRegistry.Parse(site).Site != file.Site)
        {
            throw new ArgumentException($"{file.FileName} is a {SiteRegistry.Get(file.Site).DisplayName} file, but --site says {site}.");
        }

        return (file, projections is null ? null : ProjectionFileReader.Read(Require(projections, "--projections")));
    }

    /// <summary>The date of a YYYY-MM-DD text, or null.</summary>
    public static DateOnly? TryParseDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static DateOnly ParseDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ArgumentException($"'{text}' is not a date in the form YYYY-MM-DD.");
}
