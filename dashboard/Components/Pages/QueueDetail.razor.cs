using ContactCenter.Contracts;
using ContactCenter.Dashboard.Components.Supervisor;
using ContactCenter.Dashboard.Live;
using ContactCenter.Dashboard.Services;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ContactCenter.Dashboard.Components.Pages;

/// <summary>
/// One queue for a supervisor: live figures, who waits (ticking every second), targets, moving waiting work,
/// retiring the queue and its audit trail. Live batches for this queue reload the snapshot.
/// </summary>
public sealed partial class QueueDetail : IDisposable
{
    private ITimer? _tick;
    private LiveRefresh? _live;

    [Parameter] public string QueueId { get; set; } = "";
    [Inject] private SupervisorActions Actions { get; set; } = null!;
    [Inject] private LiveFeed Feed { get; set; } = null!;
    [Inject] private TimeProvider Time { get; set; } = null!;
    [Inject] private IDialogService Dialogs { get; set; } = null!;
    [Inject] private ISnackbar Snackbar { get; set; } = null!;
    [Inject] private NavigationManager Navigation { get; set; } = null!;

    private QueueSnapshot? Snapshot { get; set; }
    private string? Missing { get; set; }
    private IReadOnlyList<QueueSummary> Queues { get; set; } = [];
    private IReadOnlyList<AuditEntry> Audit { get; set; } = [];
    private Dictionary<string, CustomerSnapshot?> Customers { get; } = [];
    private Dictionary<string, string?> MoveTargets { get; } = [];
    private DateTimeOffset Now { get; set; }

    /// <summary>Live figures: the pushed value when there is one, else the snapshot's.</summary>
    private (int Waiting, int Available, QueueStats Stats, DateTimeOffset? Oldest) Live =>
        Feed.Queues.FirstOrDefault(x => x.QueueId == QueueId) is { } live
            ? (live.Waiting, live.AvailableAgents, live.Stats, live.OldestArrivedAt)
            : (Snapshot!.Waiting.Count(w => !w.BeingOffered), Snapshot.AvailableAgents.Count, Snapshot.Stats,
                Snapshot.Waiting.Count == 0 ? null : Snapshot.At.AddSeconds(-Snapshot.Waiting.Max(w => w.WaitSeconds)));

    private TimeSpan OldestWait => Live.Oldest is { } oldest ? Now - oldest : TimeSpan.Zero;

    protected override async Task OnParametersSetAsync()
    {
        Now = Time.GetUtcNow();
        Queues = await Actions.Queues();
        await Reload();
    }

    protected override void OnInitialized()
    {
        Feed.Changed += OnLive;
        _tick = Time.CreateTimer(_ => Tick(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    /// <summary>Waits move on between pushes: each row's wait is its wait at the snapshot plus the time since.</summary>
    private TimeSpan WaitOf(WaitingItem w) => TimeSpan.FromSeconds(w.WaitSeconds) + (Now - Snapshot!.At);

    private string CallerName(WaitingItem w) =>
        Customers.GetValueOrDefault(w.CustomerId ?? "")?.Profile.Name ?? (w.CustomerId is null ? "Unknown caller" : w.CustomerId);

    private async Task Reload()
    {
        try
        {
            var snapshot = await Actions.Queue(QueueId);
            foreach (var id in snapshot.Waiting.Select(w => w.CustomerId).OfType<string>().Where(id => !Customers.ContainsKey(id)).Distinct().ToList())
                Customers[id] = await Actions.Customer(id);
            Audit = await Actions.QueueAudit(QueueId);
            Snapshot = snapshot;
            Missing = null;
        }
        catch (ContactCenterException e) when (e.Kind == ErrorKind.NotFound) { (Snapshot, Missing) = (null, e.Message); }
    }

    private async Task Reloaded(QueueSnapshot _)
    {
        await Reload();
        StateHasChanged();
    }

    private void OnLive(LiveBatch batch)
    {
        if (!batch.Queues.Any(q => q.QueueId == QueueId)) return;
        Refresh.Reload();
    }

    private void Tick() => Refresh.Render(() => Now = Time.GetUtcNow());

    private LiveRefresh Refresh => _live ??= new(InvokeAsync, Reload, StateHasChanged, DispatchExceptionAsync);

    private async Task Move(string interactionId, string caller)
    {
        if (MoveTargets.GetValueOrDefault(interactionId) is not { } target) return;
        var name = Queues.FirstOrDefault(q => q.QueueId == target)?.Name ?? target;
        try
        {
            await Actions.Move(interactionId, target);
            MoveTargets.Remove(interactionId);
            Snackbar.Add($"{caller} moved to {name}", Severity.Success);
            await Reload();
        }
        catch (ContactCenterException e) { Snackbar.Add(e.Message, Severity.Warning); }
    }

    private async Task Retire()
    {
        var name = Snapshot!.Config.Name;
        if (!await ConfirmChange.Ask(Dialogs, $"Retire {name}?",
                "The queue leaves routing, the wallboard and every list. It is refused while work waits or is held, an entry rule routes to it or another queue overflows into it. An admin can restore it.",
                [new FieldChange("Queue", "active", "retired")], "Retire", Color.Error)) return;
        try
        {
            await Actions.RetireQueue(QueueId);
            Snackbar.Add($"{name} retired", Severity.Success);
            Navigation.NavigateTo("/wallboard");
        }
        catch (ContactCenterException e) { Snackbar.Add(e.Message, Severity.Warning); }
    }

    public void Dispose()
    {
        Feed.Changed -= OnLive;
        _tick?.Dispose();
    }
}
