using System.ComponentModel;
using Spectre.Console.Cli;

namespace NascarDfs.App.Cli.Jobs;

/// <summary>Settings of a command about one job.</summary>
internal class JobIdSettings : DatabaseSettings
{
    [CommandArgument(0, "<ID>")]
    [Description("The job id (with or without the leading #).")]
    public string Id { get; init; } = "";
}
