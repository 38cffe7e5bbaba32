using System.Runtime.InteropServices;

namespace NascarDfs.App.Cli;

/// <summary>
/// Ctrl+C as cancellation for commands that compute in the terminal (<c>optimize</c>, <c>simulate</c>): the first
/// Ctrl+C fires the token so the work stops cleanly and the command exits 130 with "Cancelled."; the runtime's
/// default (kill the process) is suppressed while the scope lives.
/// </summary>
internal sealed class InterruptScope : IDisposable
{
    private readonly CancellationTokenSource _source;
    private readonly PosixSignalRegistration _interrupt;

    public InterruptScope(CancellationToken outer)
    {
        _source = CancellationTokenSource.CreateLinkedTokenSource(outer);
        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
        {
            context.Cancel = true;
            _source.Cancel();
        });
    }

    public CancellationToken Token => _source.Token;

    public void Dispose()
    {
        _interrupt.Dispose();
        _source.Dispose();
    }
}
