namespace NascarDfs.Domain.Slates;

/// <summary>One row of a site's salary file, as it was.</summary>
/// <param name="Id">The site's player ID, exactly as in the file (DraftKings <c>12073091</c>, FanDuel <c>126561-82889</c>).</param>
/// <param name="Name">The driver's name.</param>
/// <param name="Salary">Salary in dollars.</param>
/// <param name="FileAverage">The file's own average points (DraftKings <c>AvgPointsPerGame</c>, FanDuel <c>FPPG</c>).</param>
/// <param name="MarkedOut">DraftKings <c>Status</c> O/OUT, or FanDuel injury indicator O.</param>
public sealed record SlateDriver(string Id, string Name, int Salary, double? FileAverage, bool MarkedOut = false);
