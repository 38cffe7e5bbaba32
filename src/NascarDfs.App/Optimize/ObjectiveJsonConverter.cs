using System.Text.Json;
using System.Text.Json.Serialization;

namespace NascarDfs.App.Optimize;

/// <summary>Writes an <see cref="Objective"/> as its command-line name (<c>"sim-mean"</c>), the form schema v1 stored.</summary>
internal sealed class ObjectiveJsonConverter : JsonConverter<Objective>
{
    public override Objective Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var name = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return ObjectiveNames.Find(name) ?? throw new JsonException($"'{name}' is not an objective ({ObjectiveNames.List}).");
    }

    public override void Write(Utf8JsonWriter writer, Objective value, JsonSerializerOptions options) => writer.WriteStringValue(value.Name());
}
