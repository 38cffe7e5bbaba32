using Spectre.Console.Cli;

namespace NascarDfs.App.Cli;

internal sealed class OptimizeCommand : AsyncCommand<OptimizeCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
    }

    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken) => Task.FromResult(0);
}
