using NascarDfs.Domain.Slates;
using NascarDfs.Testing;

namespace NascarDfs.Contests.Tests;

/// <summary>The real FanDuel New Hampshire 2024 slate with the third party's projections and projected ownership.</summary>
internal static class NewHampshire
{
    private static readonly Lazy<Slate> Cached = new(() =>
        SlateAssembler.Assemble(SalaryFileReader.Read(SlatePath), ProjectionFileReader.Read(ProjectionsPath)));

    public static string SlatePath => TestData.File("fanduel", "2024-06-23-new-hampshire.players.csv");

    public static string ProjectionsPath => TestData.File("fanduel", "2024-06-23-new-hampshire.projections-ownership.csv");

    public static Slate Slate => Cached.Value;
}
