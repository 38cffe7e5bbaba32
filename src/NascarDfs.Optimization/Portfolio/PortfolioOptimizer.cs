using System.Runtime.CompilerServices;
using NascarDfs.Domain.Lineups;

namespace NascarDfs.Optimization.Portfolio;

/// <summary>The exact, sequential lineup optimizer (SPEC §4): the front door of this library.</summary>
public static class PortfolioOptimizer
{
    /// <summary>
    /// The conflicts of a request, as sentences, without searching (empty when the request can start).
    /// Unknown driver references throw <see cref="ArgumentException"/>.
    /// </summary>
    public static IReadOnlyList<string> FindConflicts(PortfolioRequest request) => new PortfolioBuilder(request).Conflicts;

    /// <summary>
    /// The drivers <paramref name="lineups"/> (built for <paramref name="request"/>) leave below their minimum exposure, as
    /// sentences: asked, got of the lineups requested and of those built. Empty when every minimum is met.
    /// </summary>
    public static IReadOnlyList<string> MissedMinimums(PortfolioRequest request, IReadOnlyList<Lineup> lineups)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Rules.ExposureRule.MissedMinimums(new Rules.RuleContext(request.Slate, request.Lineups, request.Constraints), lineups);
    }

    /// <summary>Builds the whole portfolio.</summary>
    /// <exception cref="InfeasibleRequestException">The constraints conflict, or no lineup satisfies them all.</exception>
    public static PortfolioResult Build(PortfolioRequest request, IProgress<PortfolioProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var builder = new PortfolioBuilder(request);
        var lineups = new List<Lineup>(request.Lineups);
        foreach (var lineup in builder.Enumerate(cancellationToken))
        {
            lineups.Add(lineup);
            progress?.Report(new PortfolioProgress(lineups.Count, request.Lineups));
        }

        var warnings = request.Slate.Warnings.Concat(builder.Warnings).ToList();
        if (builder.StoppedEarly is { } reason) warnings.Add(reason);
        return new PortfolioResult(lineups, PortfolioBuilder.Exposures(lineups, request.Lineups), warnings, builder.StoppedEarly);
    }

    /// <summary>How often each driver appears in <paramref name="lineups"/>: drivers used at least once, by ID
    /// (ordinal), with count and percent of the <paramref name="requested"/> lineups.</summary>
    public static IReadOnlyDictionary<string, DriverExposure> Exposures(IReadOnlyList<Lineup> lineups, int requested) =>
        PortfolioBuilder.Exposures(lineups, requested);

    /// <summary>Streams lineups as they are found, best first, on a background thread.</summary>
    public static async IAsyncEnumerable<Lineup> StreamAsync(PortfolioRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var builder = new PortfolioBuilder(request);
        using var enumerator = builder.Enumerate(cancellationToken).GetEnumerator();
        while (await Task.Run(enumerator.MoveNext, cancellationToken).ConfigureAwait(false))
        {
            yield return enumerator.Current;
        }
    }
}
