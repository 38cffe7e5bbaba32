using System.ComponentModel;
using NascarDfs.App.Services;
using Spectre.Console.Cli;

namespace NascarDfs.App.Cli.Jobs;

/// <summary><c>jobs export --format csv|json --out FILE</c>: the whole history (stdout without --out).</summary>
internal sealed class ExportCommand : JobsCommand<ExportCommand.Settings>
{
    public sealed class Settings : DatabaseSettings
    {
        [CommandOption("--format <FORMAT>")]
        [Description("csv (default) or json.")]
        [DefaultValue("csv")]
        public string Format { get; init; } = "csv";

        [CommandOption("--out <FILE>")]
        [Description("File to write (default: standard output).")]
        public string? Out { get; init; }
    }

    protected override bool ReadsOnly => true;

    protected override async Task<int> ExecuteAsync(JobsEnvironment jobs, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Format is not ("csv" or "json")) return CliErrors.Fail($"--format must be csv or json, not '{settings.Format}'.");
        await using var stream = settings.Out is null ? Console.OpenStandardOutput() : File.Create(settings.Out);
        if (settings.Format == "json")
        {
            await jobs.Service.ExportJsonAsync(stream, cancellationToken: cancellationToken);
        }
        else
        {
            await using var writer = new StreamWriter(stream, leaveOpen: true);
            await jobs.Service.ExportCsvAsync(writer, cancellationToken: cancellationToken);
        }

        if (settings.Out is not null) Console.Error.WriteLine($"Wrote {settings.Out}");
        return CliErrors.Ok;
    }
}
