using ContactCenter.Dashboard.Components.Wallboard;
using ContactCenter.Dashboard.Live;
using Microsoft.AspNetCore.Components;

namespace ContactCenter.Dashboard.Components.Pages;

/// <summary>
/// Queue tiles, re-rendered when a live batch arrives. A once-a-second local tick only re-renders
/// the growing "longest wait"; it asks the server for nothing.
/// </summary>
public sealed partial class Wallboard : IDisposable
{
    private ITimer? _clockTick;

    [Inject] private LiveFeed Feed { get; set; } = null!;
    [Inject] private TimeProvider Time { get; set; } = null!;
    [Inject] private LiveTrend Trend { get; set; } = null!;

    [SupplyParameterFromQuery(Name = "big")] public int? Big { get; set; }

    private bool BigScreen => Big == 1;
    private List<QueueTileView> Tiles { get; set; } = [];
    private QueueTileView? Totals { get; set; }

    protected override void OnInitialized()
    {
        Refresh();
        Feed.Changed += OnLive;
        Trend.Changed += OnTrend;
        _clockTick = Time.CreateTimer(_ => OnLive(null), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    private void Refresh()
    {
        var now = Time.GetUtcNow();
        var agents = Feed.Agents;
        var queues = Feed.Queues;
        Tiles = queues.Select(q => QueueTileView.From(q, agents, now)).ToList();
        Totals = QueueTileView.Totals(queues, agents, now);
    }

    private void OnLive(ContactCenter.Contracts.LiveBatch? _) => InvokeAsync(() =>
    {
        Refresh();
        StateHasChanged();
    }).ContinueWith(t => DispatchExceptionAsync(t.Exception!), TaskContinuationOptions.OnlyOnFaulted);

    private void OnTrend() => OnLive(null);

    public void Dispose()
    {
        Feed.Changed -= OnLive;
        Trend.Changed -= OnTrend;
        _clockTick?.Dispose();
    }
}
