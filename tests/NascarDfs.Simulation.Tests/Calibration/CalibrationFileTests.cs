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

    /// <summary>The committed file is what <c>nascar-dfs calibrate --logs race-logs.csv --out
    /// src/NascarDfs.Simulation/Calibration/calibration.json</c> writes: refitting the smallest type (dirt, 8 races)
    /// with the default options reproduces its entry exactly (the whole fit takes minutes).</summary>
    [Fact]
    public void CommittedFile_IsWhatCalibrateWrites_Dirt()
    {
        var log = RaceLog.Read(TestData.RaceLogs);
        var fitted = Calibrator.FitType(log, "race-logs.csv", TrackType.Dirt, new CalibratorOptions());
        var committed = CalibrationParameters.Default;
        Assert.Equal(CalibrationParameters.CurrentSchemaVersion, committed.SchemaVersion);
        Assert.Equal(
            System.Text.Json.JsonSerializer.Serialize(committed.For(TrackType.Dirt), CalibrationParameters.Json),
            System.Text.Json.JsonSerializer.Serialize(fitted, CalibrationParameters.Json));
    }

    [Fact]
    public void Version1File_StillLoads_WithTheNewParametersOff()
    {
        var json = CalibrationParameters.Default.ToJson().Replace("\"schemaVersion\": 2", "\"schemaVersion\": 1", StringComparison.Ordinal);
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        foreach (var t in node["types"]!.AsArray())
        {
            foreach (var name in new[] { "gridOffset", "lateNoise", "leadLateShare", "chaosSd", "strengthShift" }) t!.AsObject().Remove(name);
        }

        var p = CalibrationParameters.FromJson(node.ToJsonString());
        Assert.Equal(1, p.SchemaVersion);
        Assert.All(p.Types, t => Assert.Equal(0, t.LateNoise + t.ChaosSd + t.GridOffset + t.StrengthShift + t.LeadLateShare));
        Assert.Throws<InvalidDataException>(() => CalibrationParameters.FromJson(json.Replace("\"schemaVersion\": 1", "\"schemaVersion\": 3", StringComparison.Ordinal)));
    }
}
