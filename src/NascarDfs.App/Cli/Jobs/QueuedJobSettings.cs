using System.ComponentModel;
using Spectre.Console.Cli;

namespace NascarDfs.App.Cli.Jobs;

/// <summary>The optimize options plus what a queued job adds: its name and priority (<c>jobs submit optimize|simulate</c>).</summary>
internal class QueuedJobSettings : OptimizeSettings
{
    [CommandOption("--name <NAME>")]
    [Description("A name for the job (default: \"{race} {objective}\").")]
    public string? Name { get; init; }

    [CommandOption("--priority <P>")]
    [Description("Higher runs first (default 0), then submission order.")]
    [DefaultValue(0)]
    public int Priority { get; init; }
}
