using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using NascarDfs.Simulation.RaceLogs;
using NascarDfs.Simulation.Tracks;

namespace NascarDfs.Simulation.Calibration;

/// <summary>
/// The race model's parameters for every track type, as written by <c>nascar-dfs calibrate</c>. The committed
/// file (fitted on Cup races of <c>race-logs.csv</c>) is embedded in the assembly and is the default.
/// </summary>
public sealed record CalibrationParameters
{
    private static readonly Lazy<CalibrationParameters> Embedded = new(LoadEmbedded);

    internal static JsonSerializerOptions Json { get; } = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    /// <summary>The format version; files of another version are refused.</summary>
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>The version this code writes. Version 1 files (no pace/finish split, chaos, grid offset or shift
    /// parameters) still load: their missing parameters are 0, which is the version-1 model bar the stint rule.</summary>
    public const int CurrentSchemaVersion = 2;

    /// <summary>The series the parameters were fitted on.</summary>
    public required string Series { get; init; }

    /// <summary>Where the races came from (file name).</summary>
    public required string Source { get; init; }

    /// <summary>The seed the fit used (the fit is reproducible).</summary>
    public required ulong Seed { get; init; }

    /// <summary>What reading the race logs noticed.</summary>
    public required RaceLogQuirks Quirks { get; init; }

    /// <summary>One entry per track type.</summary>
    public required ImmutableArray<TrackTypeParameters> Types { get; init; }

    /// <summary>The committed parameters (embedded resource <c>calibration.json</c>).</summary>
    public static CalibrationParameters Default => Embedded.Value;

    /// <summary>The parameters of <paramref name="type"/>.</summary>
    public TrackTypeParameters For(TrackType type) =>
        Types.FirstOrDefault(t => t.Type == type) ?? throw new InvalidOperationException($"No calibration for track type {type.ToName()}.");

    /// <summary>Serialises to indented JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Parses JSON written by <see cref="ToJson"/>.</summary>
    public static CalibrationParameters FromJson(string json)
    {
        var parameters = JsonSerializer.Deserialize<CalibrationParameters>(json, Json)
            ?? throw new InvalidDataException("The calibration file is empty.");
        if (parameters.SchemaVersion is < 1 or > CurrentSchemaVersion)
            throw new InvalidDataException($"Calibration schema version {parameters.SchemaVersion} is not supported (expected 1 to {CurrentSchemaVersion}).");
        foreach (var type in Enum.GetValues<TrackType>()) _ = parameters.For(type);
        return parameters;
    }

    /// <summary>Reads a calibration file.</summary>
    public static CalibrationParameters Load(string path) => FromJson(File.ReadAllText(path));

    private static CalibrationParameters LoadEmbedded()
    {
        using var stream = typeof(CalibrationParameters).Assembly.GetManifestResourceStream("NascarDfs.Simulation.calibration.json")
            ?? throw new InvalidOperationException("The embedded calibration.json is missing.");
        using var reader = new StreamReader(stream);
        return FromJson(reader.ReadToEnd());
    }
}
