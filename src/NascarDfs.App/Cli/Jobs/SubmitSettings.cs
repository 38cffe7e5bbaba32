using System.ComponentModel;
using Spectre.Console.Cli;

namespace NascarDfs.App.Cli.Jobs;

/// <summary>What every <c>jobs submit KIND</c> takes besides the kind's own options.</summary>
internal class SubmitSettings : DatabaseSettings
{
    [CommandOption("--name <NAME>")]
    [Description("A name for the job (shown in lists and notifications).")]
    public string? Name { get; init; }

    [CommandOption("--priority <P>")]
    [Description("Higher runs first (default 0), then submission order.")]
    [DefaultValue(0)]
    public int Priority { get; init; }
}
