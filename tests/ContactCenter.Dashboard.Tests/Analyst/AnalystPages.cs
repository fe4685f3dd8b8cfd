using Bunit;
using ContactCenter.Dashboard.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace ContactCenter.Dashboard.Tests.Analyst;

/// <summary>
/// A bUnit context for the analyst pages whose typed services talk to the dashboard's real embedded cluster.
/// Tests own it and dispose it asynchronously: MudBlazor's services are only IAsyncDisposable.
/// </summary>
internal static class AnalystPages
{
    /// <summary>How long a page may take to follow the cluster or the background job when the machine is busy (a bound, not a sleep).</summary>
    public static readonly TimeSpan Soon = TimeSpan.FromSeconds(15);

    public static BunitContext Context(DashboardFactory factory, Action<IServiceCollection>? services = null)
    {
        var context = new BunitContext();
        context.Services.AddMudServices();
        context.Services.AddSingleton(factory.Services.GetRequiredService<ChurnQueries>());
        services?.Invoke(context.Services);
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        return context;
    }
}
