using NascarDfs.Domain.Limits;
using NascarDfs.Domain.Scoring;
using NascarDfs.Domain.Sites;
using NascarDfs.Domain.Slates;

namespace NascarDfs.App.Services;

/// <summary>
/// The rules every job kind's check shares, written once: the job's name, the number of simulated races, the race
/// length, and a slate and scoring table of the site the job is for. Each returns sentences; empty when the value is allowed.
/// </summary>
internal static class JobArgsRules
{
    /// <summary>Present, not too long, no control characters.</summary>
    public static IEnumerable<string> Name(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            yield return "The job needs a name.";
            yield break;
        }

        if (InputLimits.NameProblem(name, "The job name") is { } problem) yield return problem;
    }

    /// <summary>1 to <see cref="InputLimits.SimulationsPerRequest"/> simulated races.</summary>
    public static IEnumerable<string> Sims(int sims)
    {
        if (sims is < 1 or > InputLimits.SimulationsPerRequest)
        {
            yield return $"Simulations must be between 1 and {InputLimits.SimulationsPerRequest:N0}; the config asks for {sims:N0}.";
        }
    }

    /// <summary>Up to <see cref="InputLimits.RaceLaps"/> laps (0 = the track's default).</summary>
    public static IEnumerable<string> Laps(int laps)
    {
        if (laps is < 0 or > InputLimits.RaceLaps) yield return $"Laps must be between 1 and {InputLimits.RaceLaps:N0}; the config asks for {laps:N0}.";
    }

    /// <summary>The slate file and the scoring table belong to the job's site.</summary>
    public static IEnumerable<string> Site(SalaryFile slate, SiteRules site, ScoringTable scoring)
    {
        if (slate.Site != site.Site) yield return $"The slate is a {SiteRegistry.Get(slate.Site).DisplayName} file, but the config says {site.DisplayName}.";
        if (scoring.Site != site.Site) yield return $"Scoring '{scoring.Name}' is not a {site.DisplayName} table.";
    }
}
