using NascarDfs.Domain.Slates;

namespace NascarDfs.App.Optimize;

/// <summary>The bundled sample slate (invented data, labelled as such) so the main command needs no download.</summary>
internal static class SampleSlate
{
    public const string SalaryFileName = "sample.DKSalaries.csv";
    public const string ProjectionsFileName = "sample.projections.csv";

    public static SalaryFile SalaryFile() => SalaryFileReader.Read(Open(SalaryFileName), SalaryFileName);

    public static ProjectionFile Projections() => ProjectionFileReader.Read(Open(ProjectionsFileName), ProjectionsFileName);

    public static string Text(string fileName)
    {
        using var reader = Open(fileName);
        return reader.ReadToEnd();
    }

    private static StreamReader Open(string fileName)
    {
        var stream = typeof(SampleSlate).Assembly.GetManifestResourceStream("Samples." + fileName)
            ?? throw new InvalidOperationException($"The sample file {fileName} is missing from the build.");
        return new StreamReader(stream);
    }
}
