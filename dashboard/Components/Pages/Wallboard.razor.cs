using ContactCenter.Dashboard.Components.Wallboard;
using ContactCenter.Dashboard.Live;
using ContactCenter.Dashboard.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace ContactCenter.Dashboard.Components.Pages;

/// <summary>
/// Queue tiles in the signed-in user's chosen order, re-rendered when a live batch arrives. A once-a-second
/// local tick only re-renders the growing "longest wait"; it asks the server for nothing.
/// </summary>
public sealed partial class Wallboard : IDisposable
{
    private ITimer? _clockTick;
    private string? _user;
    private IReadOnlyList<string>? _chosen;

    [Inject] private LiveFeed Feed { get; set; } = null!;
    [Inject] private TimeProvider Time { get; set; } = null!;
    [Inject] private LiveTrend Trend { get; set; } = null!;
    [Inject] private UserPreferences Preferences { get; set; } = null!;
    [Inject] private AuthenticationStateProvider Auth { get; set; } = null!;
    [Inject] private CaseQueries CaseQueries { get; set; } = null!;

    [SupplyParameterFromQuery(Name = "big")] public int? Big { get; set; }

    private bool BigScreen => Big == 1;
    private bool Choosing { get; set; }
    private string? ChoiceError { get; set; }
    private List<QueueTileView> Tiles { get; set; } = [];
    private QueueTileView? Totals { get; set; }
    private IReadOnlyList<QueueChoiceRow> ChoiceRows { get; set; } = [];
    private ContactCenter.Contracts.CaseCounts Cases { get; set; } = ContactCenter.Contracts.CaseCounts.Empty;
    private WallLayout Layout => WallLayout.For(Tiles.Count + 3, BigScreen);

    protected override async Task OnInitializedAsync()
    {
        Refresh();
        Feed.Changed += OnLive;
        Trend.Changed += OnTrend;
        _clockTick = Time.CreateTimer(_ => OnLive(null), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        // Until the first push, the counts are read once from the board.
        try { Cases = Feed.Cases ?? await CaseQueries.Counts(); }
        catch (Exception ex) when (ex is not OperationCanceledException) { Cases = ContactCenter.Contracts.CaseCounts.Empty; }
        _user = (await Auth.GetAuthenticationStateAsync()).User.Identity?.Name;
        if (_user is null) return;
        try { _chosen = (await Preferences.Wallboard(_user)).QueueIds; }
        catch (Exception ex) when (ex is not OperationCanceledException) { ChoiceError = $"Your choice of queues could not be read, so every queue is shown: {ex.Message}"; }
        Refresh();
    }

    private void Refresh()
    {
        var now = Time.GetUtcNow();
        var agents = Feed.Agents;
        var queues = Feed.Queues;
        Tiles = WallboardSelection.Visible(queues, _chosen).Select(q => QueueTileView.From(q, agents, now)).ToList();
        Totals = queues.Count == 0 ? null : QueueTileView.Totals(queues, agents, now);
        ChoiceRows = WallboardSelection.Rows(queues, _chosen);
        if (Feed.Cases is { } cases) Cases = cases;
    }

    private Task Toggle(string queueId) => Apply(WallboardSelection.Toggle(Feed.Queues, _chosen, queueId));

    private Task Move((string QueueId, int By) move) => Apply(WallboardSelection.Move(Feed.Queues, _chosen, move.QueueId, move.By));

    /// <summary>Shown at once, then kept by the user's preferences grain; a refusal puts the last kept choice back.</summary>
    private async Task Apply(IReadOnlyList<string> queueIds)
    {
        if (_user is null) return;
        var kept = _chosen;
        _chosen = queueIds;
        Refresh();
        try
        {
            _chosen = (await Preferences.ChooseWallboardQueues(_user, queueIds)).QueueIds;
            ChoiceError = null;
        }
        catch (ContactCenter.Contracts.ContactCenterException e)
        {
            _chosen = kept;
            ChoiceError = e.Message;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _chosen = kept;
            ChoiceError = $"Your choice was not saved: {e.Message}";
        }
        Refresh();
    }

    private async Task Reset()
    {
        if (_user is null) return;
        _chosen = (await Preferences.ResetWallboard(_user)).QueueIds;
        ChoiceError = null;
        Refresh();
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
