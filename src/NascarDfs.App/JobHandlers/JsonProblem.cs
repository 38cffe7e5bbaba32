using System.Text.Json;

namespace NascarDfs.App.JobHandlers;

/// <summary>Sentences for what went wrong reading JSON or a value in it, without .NET's parameter and path suffixes.</summary>
internal static class JsonProblem
{
    /// <summary>"The JSON value could not be converted ... at $.slate.drivers[0].salary (line 1)".</summary>
    public static string Describe(JsonException e)
    {
        var message = e.Message.Split(" Path:")[0].TrimEnd('.');
        return e.Path is { Length: > 0 } path ? $"{message} (at {path})." : message + ".";
    }

    /// <summary>An argument exception's message without "(Parameter 'name')".</summary>
    public static string Sentence(ArgumentException e)
    {
        var cut = e.Message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return cut < 0 ? e.Message : e.Message[..cut];
    }
}
