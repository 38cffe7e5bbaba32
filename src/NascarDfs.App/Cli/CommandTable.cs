using Spectre.Console.Cli;

namespace NascarDfs.App.Cli;

/// <summary>Every verb of the <c>nascar-dfs</c> command, in one table (STYLE rule 13).</summary>
internal static class CommandTable
{
    public static Task<int> RunAsync(string[] args)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("nascar-dfs");
            config.UseStrictParsing();
            config.SetExceptionHandler((exception, _) => UsageErrors.Handle(exception));
            config.AddCommand<OptimizeCommand>("optimize").WithDescription("Build an exact lineup portfolio from a slate.");
        });
        return app.RunAsync(args);
    }
}
