using ContactCenter.Contracts;
using ContactCenter.Dashboard.Live;
using ContactCenter.Dashboard.Services;
using Microsoft.AspNetCore.Components;

namespace ContactCenter.Dashboard.Components.Cases;

/// <summary>
/// "My cases" on the agent console. Reloads when case counts or notices are pushed and when the console's work
/// changes (RefreshKey); the console's own tick moves the countdowns (Now).
/// </summary>
public sealed partial class MyCases : IDisposable
{
    public const int Shown = 20;
    private int _reloading;
    private object? _refreshedFor;

    [Parameter, EditorRequired] public string AgentId { get; set; } = "";
    [Parameter] public DateTimeOffset Now { get; set; }
    [Parameter] public object? RefreshKey { get; set; }
    [Inject] private CaseQueries Queries { get; set; } = null!;
    [Inject] private LiveFeed Feed { get; set; } = null!;

    private IReadOnlyList<CaseSummary> Items { get; set; } = [];
    private int Total { get; set; }

    protected override void OnInitialized() => Feed.Changed += OnLive;

    protected override async Task OnParametersSetAsync()
    {
        if (_refreshedFor is not null && Equals(_refreshedFor, RefreshKey)) return;
        _refreshedFor = RefreshKey ?? new object();
        await Reload();
    }

    private async Task Reload()
    {
        try
        {
            var page = await Queries.Page(new CaseQuery(AgentId: AgentId, Take: Shown));
            (Items, Total) = (page.Items, page.Total);
        }
        catch (ContactCenterException) { /* an agent id the board refuses has no cases to show */ }
    }

    private void OnLive(LiveBatch batch)
    {
        if ((batch.Cases is null && batch.Notifications is not { Count: > 0 }) || Interlocked.Exchange(ref _reloading, 1) == 1) return;
        InvokeAsync(async () =>
        {
            try { await Reload(); }
            finally { Interlocked.Exchange(ref _reloading, 0); }
            StateHasChanged();
        }).ContinueWith(t => DispatchExceptionAsync(t.Exception!), TaskContinuationOptions.OnlyOnFaulted);
    }

    public void Dispose() => Feed.Changed -= OnLive;
}
