using System.Collections.Immutable;
using NascarDfs.Domain.Sites;

namespace NascarDfs.Contests.Definitions;

/// <summary>
/// The example contests shipped inside the library (embedded <c>Examples/&lt;site&gt;.&lt;name&gt;.json</c>): for each
/// site a large GPP (max 150 entries per user), a small-field GPP and a double-up. Realistic structures, labelled
/// as examples (<see cref="Contest.IsExample"/>, "Example" in the name): not a real contest's payouts.
/// </summary>
public static class BundledContests
{
    private const string Prefix = "NascarDfs.Contests.Examples.";
    private static readonly Lazy<ImmutableArray<(string Key, Contest Contest)>> All = new(Load);

    /// <summary>The names the examples are addressed by (the same for every site).</summary>
    public static IReadOnlyList<string> Names => [.. All.Value.Select(x => x.Key).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Every bundled example with the name it is addressed by.</summary>
    public static IReadOnlyList<(string Key, Contest Contest)> Examples => All.Value;

    /// <summary>The example <paramref name="name"/> for <paramref name="site"/>, or null.</summary>
    public static Contest? Find(string name, Site site) =>
        All.Value.FirstOrDefault(x => x.Contest.Site == site && string.Equals(x.Key, name.Trim(), StringComparison.OrdinalIgnoreCase)).Contest;

    private static ImmutableArray<(string, Contest)> Load()
    {
        var assembly = typeof(BundledContests).Assembly;
        var list = ImmutableArray.CreateBuilder<(string, Contest)>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var contest = ContestJson.Read(reader.ReadToEnd(), resource);
            var stem = resource[Prefix.Length..^".json".Length];
            list.Add((stem[(stem.IndexOf('.', StringComparison.Ordinal) + 1)..], contest));
        }

        return list.ToImmutable();
    }
}
