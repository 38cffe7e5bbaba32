using System.Text.Json;

namespace NascarDfs.App.JobHandlers;

/// <summary>Sentences for what went wrong reading JSON or a value in it, without .NET's parameter and path suffixes.</summary>
internal static partial class JsonProblem
{
    /// <summary>"The JSON value could not be converted ... at $.slate.drivers[0].salary (line 1)".</summary>
    public static string Describe(JsonException e)
    {
        var message = Core(e);
        return e.Path is { Length: > 0 } path ? $"{message} (at {path})." : message + ".";
    }

    /// <summary>
    /// The reader's message without its path suffix and .NET type names; a duplicate key (issue 11 item 10) is named:
    /// "the key 'lineups' is given twice".
    /// </summary>
    public static string Core(JsonException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var message = e.Message.Split(" Path:")[0].TrimEnd('.');
        const string Duplicate = "Duplicate property '";
        if (message.StartsWith(Duplicate, StringComparison.Ordinal))
        {
            var key = message[Duplicate.Length..message.IndexOf('\'', Duplicate.Length)];
            return $"the key '{key}' is given twice; give each key once (a repeated key is not silently read as its last value)";
        }

        return TypeName().Replace(message, "");
    }

    /// <summary>An argument exception's message without "(Parameter 'name')".</summary>
    public static string Sentence(ArgumentException e)
    {
        var cut = e.Message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return cut < 0 ? e.Message : e.Message[..cut];
    }

    [System.Text.RegularExpressions.GeneratedRegex(@" (during deserialization )?of type '[^']*'")]
    private static partial System.Text.RegularExpressions.Regex TypeName();
}
