using NascarDfs.App.Cli.Jobs;
using Spectre.Console.Cli;
using Spectre.Console.Cli.Help;
using Spectre.Console.Rendering;

namespace NascarDfs.App.Cli;

/// <summary>
/// Help for the commands that run here and now on the options of their <c>jobs submit</c> form (<c>optimize</c>,
/// <c>simulate</c>, <c>evaluate</c>): Spectre composes options by inheritance only, so their settings carry the queue and
/// database options, which they refuse (<see cref="SubmitSettings.RefuseQueueOptions"/>); their help leaves those out.
/// </summary>
internal sealed class RunHereHelp(ICommandAppSettings settings, IReadOnlySet<string> runHere) : HelpProvider(settings)
{
    public override IEnumerable<IRenderable> GetOptions(ICommandModel model, ICommandInfo? command) =>
        base.GetOptions(model, command is { Parent: null } && runHere.Contains(command.Name) ? new WithoutQueueOptions(command) : command);

    private sealed class WithoutQueueOptions(ICommandInfo inner) : ICommandInfo
    {
        public string Name => inner.Name;

        public string? Description => inner.Description;

        public bool IsBranch => inner.IsBranch;

        public bool IsDefaultCommand => inner.IsDefaultCommand;

        public bool IsHidden => inner.IsHidden;

        public IReadOnlyList<ICommandParameter> Parameters { get; } =
            [.. inner.Parameters.Where(p => p is not ICommandOption o || !o.LongNames.Any(n => SubmitSettings.QueueOptionNames.Contains("--" + n)))];

        public ICommandInfo? Parent => inner.Parent;

        public IReadOnlyList<string[]> Examples => inner.Examples;

        public IReadOnlyList<ICommandInfo> Commands => inner.Commands;

        public ICommandInfo? DefaultCommand => inner.DefaultCommand;
    }
}
