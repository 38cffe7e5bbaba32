using Microsoft.AspNetCore.Components.Server.Circuits;

namespace NascarDfs.App.Web.Notifications;

/// <summary>Reports each page's connection going up and down to <see cref="PageConnections"/>.</summary>
internal sealed class PageCircuitHandler(PageConnections connections) : CircuitHandler
{
    private bool _up;

    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (!_up) connections.Up();
        _up = true;
        return Task.CompletedTask;
    }

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (_up) connections.Down();
        _up = false;
        return Task.CompletedTask;
    }
}
