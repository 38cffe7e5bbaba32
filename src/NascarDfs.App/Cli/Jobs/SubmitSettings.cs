using System.ComponentModel;
using Spectre.Console;
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

    /// <summary>For the command that runs in the terminal on the same options (<c>optimize</c>, <c>simulate</c>,
    /// <c>evaluate</c>): the queue and database options, which it would ignore, refused with a sentence naming them and
    /// the command that takes them.</summary>
    protected ValidationResult RefuseQueueOptions(string kind)
    {
        var given = QueueOptions.Where(o => o.Given(this)).Select(o => o.Option).ToList();
        if (given.Count == 0) return ValidationResult.Success();
        var (these, them) = given.Count == 1 ? ("is an option", "it") : ("are options", "them");
        return ValidationResult.Error($"{string.Join(", ", given)} {these} of a queued job: `nascar-dfs jobs submit {kind}` takes {them}; "
            + $"`nascar-dfs {kind}` runs here and now and stores nothing in the job database.");
    }

    // A queued job's options, and whether a command's settings were given each (--prefer-gpu: the race commands' only).
    private static readonly (string Option, Func<SubmitSettings, bool> Given)[] QueueOptions =
    [
        ("--name", s => s.Name is not null), ("--priority", s => s.Priority != 0), ("--db", s => s.Database is not null),
        ("--store", s => s.Store is not null), ("--data-dir", s => s.DataDir is not null), ("--durable", s => s.Durable),
        ("--prefer-gpu", s => s is RaceSettings { PreferGpu: true }),
    ];

    /// <summary>The queue and database options, by name (what <see cref="RunHereHelp"/> leaves out of those commands' help).</summary>
    internal static IReadOnlySet<string> QueueOptionNames { get; } = QueueOptions.Select(o => o.Option).ToHashSet();
}
