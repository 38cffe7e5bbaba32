using NascarDfs.Simulation.Calibration;
using NascarDfs.Simulation.RaceLogs;
using NascarDfs.Simulation.Tracks;
using NascarDfs.Testing;

namespace NascarDfs.Simulation.Tests.Calibration;

public class CalibrationFileTests
{
    [Fact]
    public void Default_EmbeddedFile_HasEveryTrackType()
    {
        var p = CalibrationParameters.Default;
        Assert.Equal("Cup", p.Series);
        foreach (var type in Enum.GetValues<TrackType>())
        {
            var t = p.For(type);
            Assert.Equal(21, t.CautionShareQuantiles.Length);
            Assert.True(t.Races > 0);
        }
    }

    [Fact]
    public void Json_RoundTrips()
    {
        var p = CalibrationParameters.Default;
        var again = CalibrationParameters.FromJson(p.ToJson());
        Assert.Equal(p.ToJson(), again.ToJson());
        Assert.Contains("\"short-track\"", p.ToJson());
    }

    /// <summary>Regenerates the committed file: NASCARDFS_WRITE_CALIBRATION=1 dotnet test --filter Regenerate.</summary>
    [Fact]
    public void Regenerate_WhenAsked_WritesCommittedFile()
    {
        if (Environment.GetEnvironmentVariable("NASCARDFS_WRITE_CALIBRATION") != "1") return;
        var log = RaceLog.Read(TestData.RaceLogs);
        var p = Calibrator.Calibrate(log, "race-logs.csv");
        File.WriteAllText(Path.Combine(TestData.RepositoryRoot, "src", "NascarDfs.Simulation", "Calibration", "calibration.json"), p.ToJson());
    }
}
