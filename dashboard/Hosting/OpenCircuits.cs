using Microsoft.AspNetCore.Components.Server.Circuits;

namespace ContactCenter.Dashboard.Hosting;

/// <summary>Counts this dashboard's open Blazor circuits, so memory per circuit can be read beside it.</summary>
public sealed class OpenCircuits : CircuitHandler
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _count);
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Decrement(ref _count);
        return Task.CompletedTask;
    }
}
