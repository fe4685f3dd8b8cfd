using ContactCenter.Dashboard.Hosting;
using Microsoft.AspNetCore.Components;

namespace ContactCenter.Dashboard.Components.Layout;

/// <summary>The layout's degraded-mode banner: follows <see cref="ClusterHealthMonitor"/> and re-renders when it changes.</summary>
public sealed partial class ClusterHealthBanner : IDisposable
{
    [Inject] private ClusterHealthMonitor Monitor { get; set; } = null!;

    private ClusterHealth Health { get; set; } = ClusterHealth.NotCheckedYet;

    protected override void OnInitialized()
    {
        Health = Monitor.Current;
        Monitor.Changed += OnChanged;
    }

    private void OnChanged(ClusterHealth health) => InvokeAsync(() =>
    {
        Health = health;
        StateHasChanged();
    }).ContinueWith(t => DispatchExceptionAsync(t.Exception!), TaskContinuationOptions.OnlyOnFaulted);

    public void Dispose() => Monitor.Changed -= OnChanged;
}
