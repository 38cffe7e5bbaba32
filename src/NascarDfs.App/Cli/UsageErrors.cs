using Spectre.Console;
using Spectre.Console.Cli;

namespace NascarDfs.App.Cli;

/// <summary>What escapes a command: parse and usage errors exit 2 with Spectre's message; anything else is a bug, exit 1.</summary>
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

        Console.Error.WriteLine("Unexpected error: " + exception.Message);
        Console.Error.WriteLine(exception);
        return CliErrors.BadInput;
    }
}
