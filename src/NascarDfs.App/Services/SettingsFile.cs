using System.Text.Json;
using System.Text.Json.Nodes;

namespace NascarDfs.App.Services;

/// <summary>
/// Writes the user's <c>settings.json</c> in the data folder (the Settings page, the remembered race logs): one JSON
/// object, changed key by key, keys the page does not know kept as they were, written atomically. It is read back by
/// <see cref="AppConfiguration"/> like any settings file, so one reader decides what a value means.
/// </summary>
internal sealed class SettingsFile(DataFolder folder)
{
    private readonly Lock _gate = new();

    public string Path => folder.SettingsPath;

    /// <summary>The file's object (empty when there is none). Throws <see cref="ArgumentException"/> naming the file when it is not a JSON object.</summary>
    public JsonObject Read()
    {
        lock (_gate)
        {
            if (!File.Exists(Path)) return [];
            try
            {
                return JsonNode.Parse(File.ReadAllText(Path), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }) as JsonObject
                    ?? throw new ArgumentException($"{Path} is not one JSON object; fix it or delete it to use the defaults.");
            }
            catch (JsonException e)
            {
                throw new ArgumentException($"{Path} is not valid JSON (line {(e.LineNumber ?? 0) + 1}); fix it or delete it to use the defaults.", e);
            }
        }
    }

    /// <summary>The value of <paramref name="key"/> as text (any case of the key, as configuration reads it), or null.</summary>
    public string? Get(string key)
    {
        foreach (var (name, value) in Read())
        {
            if (string.Equals(name, key, StringComparison.OrdinalIgnoreCase) && value is JsonValue v) return v.ToString();
        }

        return null;
    }

    /// <summary>Sets each key (camelCase; a null value removes it), keeping the others.</summary>
    public void Set(IReadOnlyDictionary<string, JsonNode?> values)
    {
        lock (_gate)
        {
            var settings = Read();
            foreach (var (key, value) in values)
            {
                foreach (var same in settings.Select(p => p.Key).Where(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase)).ToList()) settings.Remove(same);
                if (value is not null) settings[key] = value;
            }

            AtomicFile.WriteAllText(Path, settings.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        }
    }
}
