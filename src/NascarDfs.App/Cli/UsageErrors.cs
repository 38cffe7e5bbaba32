using Microsoft.Data.Sqlite;
using NascarDfs.Jobs;
using NascarDfs.Jobs.Stores.Sqlite;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NascarDfs.App.Cli;

/// <summary>
/// What escapes a command: parse and usage errors exit 2 with Spectre's message; anything else exits 1 with a sentence,
/// its stack trace written to the crash log only (issue 11 item 5).
/// </summary>
internal static class UsageErrors
{
    public static int Handle(Exception exception)
    {
        if (exception is CommandAppException)
        {
            AnsiConsole.MarkupLine("[red]Error:[/] " + Markup.Escape(exception.Message));
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
}
