using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using NascarDfs.Jobs;
using NascarDfs.Jobs.Stores.Sqlite;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NascarDfs.App.Cli;

/// <summary>
/// What escapes a command: parse and usage errors exit 2 with a sentence (Spectre's own, or for a value of the wrong type
/// the option and what it takes, never "Failed to convert 'x' to Nullable`1"); anything else exits 1 with a sentence,
/// its stack trace written to the crash log only (issue 11 item 5).
/// </summary>
internal static partial class UsageErrors
{
    public static int Handle(Exception exception, IReadOnlyList<string>? args = null)
    {
        if (exception is CommandAppException)
        {
            AnsiConsole.MarkupLine("[red]Error:[/] " + Markup.Escape(UsageSentence(exception.Message, args ?? [])));
            AnsiConsole.MarkupLine("Run with --help for usage.");
            return CliErrors.Usage;
        }

        return CliErrors.Fail(Sentence(exception), exception);
    }

    /// <summary>What the user reads for a failure no command turned into a sentence itself.</summary>
    internal static string Sentence(Exception exception) => exception switch
    {
        JobStoreException e => e.Message,
        SqliteException e => SqliteFailures.Describe(e, "the job database"),
        IOException e when SqliteFailures.IsDiskFull(e) => "The disk is full, so nothing more could be written: free some space and try again.",
        OutOfMemoryException => "nascar-dfs ran out of memory: ask for fewer lineups, simulations or drivers, or close other programs.",
        OperationCanceledException => "nascar-dfs stopped before it finished starting (a part of it failed at start; the log says which).",
        _ => $"nascar-dfs stopped on an unexpected problem: {exception.Message.TrimEnd('.')}. Please report it with the file named here.",
    };

    /// <summary>Spectre's message, with a conversion failure said as "--seed takes a whole number; '-1' is not one."</summary>
    public static string UsageSentence(string message, IReadOnlyList<string> args)
    {
        if (ConvertPattern().Match(message) is not { Success: true } m) return JobHandlers.JsonProblem.Plain(message);
        var value = m.Groups[1].Value;
        var option = OptionOf(value, args);
        var type = option is null ? null : OptionType(option);
        if (type is not null && Nullable.GetUnderlyingType(type) is { } inner) type = inner;
        var allowed = JobHandlers.JsonProblem.Allowed(type?.FullName ?? m.Groups[2].Value);
        return option is null ? $"'{value}' is not {allowed}." : $"{option} takes {allowed}; '{value}' is not one.";
    }

    // The option the value was given to: "--seed -1" or "--seed=-1".
    private static string? OptionOf(string value, IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal) && args[i].EndsWith("=" + value, StringComparison.Ordinal)) return args[i][..args[i].IndexOf('=', StringComparison.Ordinal)];
            if (i > 0 && args[i] == value && args[i - 1].StartsWith('-')) return args[i - 1];
        }

        return null;
    }

    // The type of the settings property behind an option, from the commands' settings classes.
    private static Type? OptionType(string option)
    {
        var name = option.TrimStart('-');
        return typeof(UsageErrors).Assembly.GetTypes()
            .Where(t => typeof(CommandSettings).IsAssignableFrom(t))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .FirstOrDefault(p => p.GetCustomAttribute<CommandOptionAttribute>() is { } a && (a.LongNames.Contains(name) || a.ShortNames.Contains(name)))
            ?.PropertyType;
    }

    [GeneratedRegex(@"^Failed to convert '(.*)' to ([\w`.\[\]]+)\.?$")]
    private static partial Regex ConvertPattern();
}
