using Spectre.Console;

namespace NascarDfs.App.Cli;

/// <summary>
/// The one way a command shows a long run's progress: a bar on an interactive terminal, plain <c>NN% message</c>
/// lines on stderr (one per tenth) when redirected, so logs and CI output stay readable.
/// </summary>
internal static class TerminalProgress
{
    public static bool IsInteractive =>
        !Console.IsOutputRedirected && !Console.IsErrorRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    /// <summary>Runs <paramref name="work"/>, drawing the progress it reports.</summary>
    /// <param name="title">The bar's first label, until the run reports a message.</param>
    /// <param name="read">The percent (0–100) and message of one progress report.</param>
    /// <param name="work">The run, given the progress sink to report to.</param>
    public static T Run<TProgress, T>(string title, Func<TProgress, (double Percent, string Message)> read, Func<IProgress<TProgress>, T> work)
    {
        if (!IsInteractive)
        {
            var lastTenth = -1;
            return work(new InlineProgress<TProgress>(p =>
            {
                var (percent, message) = read(p);
                var tenth = (int)(percent / 10);
                if (Interlocked.Exchange(ref lastTenth, tenth) == tenth) return;
                Console.Error.WriteLine($"{percent,3:F0}% {message}");
            }));
        }

        T result = default!;
        AnsiConsole.Progress().AutoClear(true).Start(ctx =>
        {
            var task = ctx.AddTask(Markup.Escape(title), maxValue: 100);
            result = work(new InlineProgress<TProgress>(p =>
            {
                var (percent, message) = read(p);
                task.Value = percent;
                task.Description = Markup.Escape(message);
            }));
        });
        return result;
    }
}
