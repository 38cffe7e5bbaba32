using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace NascarDfs.App.JobHandlers;

/// <summary>
/// The one place a .NET message becomes a sentence a user can read (issue 13 defect 8): no parameter suffixes, no type
/// names (<c>Nullable`1</c>, <c>System.Int32</c>, <c>NascarDfs.…Document</c>), the field named with what it allows. The CLI,
/// the API's problem details and the pages all pass what they show through here.
/// </summary>
internal static partial class JsonProblem
{
    /// <summary>"The JSON value could not be converted ... at $.slate.drivers[0].salary (line 1)".</summary>
    public static string Describe(JsonException e)
    {
        var message = e.Message.Split(" Path:")[0].TrimEnd('.');
        var path = e.Path is { Length: > 0 } p ? p : null;
        if (ConvertPattern().Match(message) is { Success: true } convert)
        {
            return $"{Field(path)} must be {Allowed(convert.Groups[1].Value)}.";
        }

        if (UnmappedPattern().Match(message) is { Success: true } unmapped)
        {
            var fields = FieldsOf(unmapped.Groups[2].Value);
            var where = path is not null && path.LastIndexOf('.') is var dot and > 1 ? $" in {path[..dot]}" : "";
            return $"'{unmapped.Groups[1].Value}' is not a field{where}" + (fields.Count > 0 ? $"; the fields are {string.Join(", ", fields)}." : ".");
        }

        // {"lineups": 1, "lineups": 150} (issue 11 item 10): the key named, not the last value silently taken.
        if (DuplicatePattern().Match(message) is { Success: true } duplicate)
        {
            return $"the key '{duplicate.Groups[1].Value}' is given twice; give each key once (a repeated key is not silently read as its last value)" +
                (path is null or "$" ? "." : $" (at {path}).");
        }

        if (MissingPattern().Match(message) is { Success: true } missing)
        {
            return $"Required field(s) missing{(path is null or "$" ? "" : $" in {path}")}: {missing.Groups[1].Value.Replace("'", "", StringComparison.Ordinal)}.";
        }

        message = Plain(message);
        return path is not null ? $"{message} (at {path})." : message + ".";
    }

    /// <summary>An argument exception's message without "(Parameter 'name')".</summary>
    public static string Sentence(ArgumentException e) => Plain(e.Message);

    /// <summary>Any message as shown to a user: the parameter suffix cut, type names replaced by what they mean.</summary>
    public static string Plain(string message)
    {
        var cut = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        if (cut >= 0) message = message[..cut];
        message = ConvertAnywherePattern().Replace(message, m => $"could not be read as {Allowed(m.Groups[1].Value)}");
        message = UnmappedPattern().Replace(message, m => $"has an unknown field '{m.Groups[1].Value}'");
        return TypeNamePattern().Replace(message, m => Allowed(m.Value));
    }

    /// <summary>What a .NET type allows, in words: "a whole number", "a number", "a date (YYYY-MM-DD)"…</summary>
    public static string Allowed(string typeName)
    {
        var name = typeName.Trim();
        if (NullablePattern().Match(name) is { Success: true } inner) name = inner.Groups[1].Value;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        var generic = tick >= 0;
        if (generic) name = name[..tick];
        var shortName = name[(name.LastIndexOf('.') + 1)..];
        return shortName switch
        {
            "Int32" or "Int64" or "Int16" => "a whole number",
            "UInt32" or "UInt64" or "UInt16" or "Byte" => "a whole number, 0 or more",
            "Double" or "Single" or "Decimal" => "a number",
            "Boolean" => "true or false",
            "String" => "text",
            "DateOnly" => "a date (YYYY-MM-DD)",
            "DateTime" or "DateTimeOffset" => "a date and time",
            "Nullable" => "a number",
            "IReadOnlyList" or "List" or "IList" or "IEnumerable" or "ICollection" or "IReadOnlyCollection" or "ImmutableArray" => "a list",
            "IReadOnlyDictionary" or "Dictionary" or "IDictionary" => "an object of names to values",
            _ when shortName.EndsWith("[]", StringComparison.Ordinal) => "a list",
            _ => "an object of the documented shape",
        };
    }

    private static string Field(string? path) => path is null or "$" ? "The value" : $"{path}";

    // The JSON names of a stored or submitted document's properties, for "the fields are …".
    private static List<string> FieldsOf(string typeName)
    {
        var type = typeof(JsonProblem).Assembly.GetType(typeName)
            ?? AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(typeName)).FirstOrDefault(t => t is not null);
        if (type is null) return [];
        return [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is null && p.CanWrite && p.Name != "SchemaVersion")
            .Select(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name))
            .Order(StringComparer.Ordinal)];
    }

    [GeneratedRegex(@"^The JSON value could not be converted to ([\w.`\[\], ]+?)(\. |$)")]
    private static partial Regex ConvertPattern();

    [GeneratedRegex(@"could not be converted to ([\w.`\[\]]+(\[[\w.]+\])?)")]
    private static partial Regex ConvertAnywherePattern();

    [GeneratedRegex(@"The JSON property '([^']*)' could not be mapped to any \.NET member contained in type '([^']+)'")]
    private static partial Regex UnmappedPattern();

    [GeneratedRegex(@"JSON deserialization for type '[^']+' was missing required properties(?: including)?: (.+?)\.?$")]
    private static partial Regex MissingPattern();

    [GeneratedRegex(@"^Duplicate property '([^']*)'")]
    private static partial Regex DuplicatePattern();

    [GeneratedRegex(@"^(?:System\.)?Nullable`1\[([\w.]+)\]$")]
    private static partial Regex NullablePattern();

    [GeneratedRegex(@"(?:System\.)?Nullable`1(\[[\w.]+\])?|System\.[A-Z]\w+(\.\w+)*|NascarDfs(\.\w+)+")]
    private static partial Regex TypeNamePattern();
}
