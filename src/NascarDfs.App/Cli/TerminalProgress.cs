namespace NascarDfs.App.Cli;

/// <summary>Whether to draw progress bars: only on an interactive terminal, plain lines when redirected.</summary>
internal static class TerminalProgress
{
    public static bool IsInteractive =>
        !Console.IsOutputRedirected && !Console.IsErrorRedirected && Spectre.Console.AnsiConsole.Profile.Capabilities.Interactive;
}
