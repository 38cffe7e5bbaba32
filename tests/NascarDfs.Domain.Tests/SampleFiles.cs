using NascarDfs.Testing;

namespace NascarDfs.Domain.Tests;

/// <summary>The bundled sample slate of the app (src/NascarDfs.App/Samples).</summary>
internal static class SampleFiles
{
    public static string Salaries => Path.Combine(TestData.RepositoryRoot, "src", "NascarDfs.App", "Samples", "sample.DKSalaries.csv");

    public static string Projections => Path.Combine(TestData.RepositoryRoot, "src", "NascarDfs.App", "Samples", "sample.projections.csv");
}
