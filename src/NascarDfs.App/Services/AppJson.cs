using System.Text.Json;
using System.Text.Json.Serialization;

namespace NascarDfs.App.Services;

/// <summary>The one JSON shape of the app: camelCase, enums as camelCase strings (job configs, results, the API).</summary>
internal static class AppJson
{
    public static JsonSerializerOptions Options { get; } = Create(strict: false);

    /// <summary>For files the user writes (constraints): an unknown field is an error, so a typo is not ignored.</summary>
    public static JsonSerializerOptions Strict { get; } = Create(strict: true);

    public static JsonSerializerOptions Indented { get; } = new(Options) { WriteIndented = true };

    private static JsonSerializerOptions Create(bool strict)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            UnmappedMemberHandling = strict ? JsonUnmappedMemberHandling.Disallow : JsonUnmappedMemberHandling.Skip,

            // A null where the model has no null (e.g. "lock": null) is an error naming the field, not a crash later.
            RespectNullableAnnotations = true,

            // {"lineups": 1, "lineups": 150} is refused naming the key (issue 11 item 10), not read as the last value.
            AllowDuplicateProperties = false,
        };
        options.Converters.Add(new Optimize.ObjectiveJsonConverter()); // before the general enum converter, which would write "simMean"
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        return options;
    }
}
