using ContactCenter.Contracts;
using ContactCenter.Dashboard.Services;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ContactCenter.Dashboard.Components.Pages;

/// <summary>One queue for a supervisor: change its service-level target and maximum wait, move waiting work.</summary>
public sealed partial class QueueDetail
{
    [Parameter] public string QueueId { get; set; } = "";
    [Inject] private SupervisorActions Actions { get; set; } = null!;
    [Inject] private ISnackbar Snackbar { get; set; } = null!;

    private QueueSnapshot? Snapshot { get; set; }
    private IReadOnlyList<QueueSummary> Queues { get; set; } = [];
    private Dictionary<string, string> MoveTargets { get; } = [];
    private double Percent { get; set; }
    private int Threshold { get; set; }
    private int MaxWait { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        Queues = await Actions.Queues();
        await Load(await Actions.Queue(QueueId));
    }

    private Task Load(QueueSnapshot snapshot)
    {
        Snapshot = snapshot;
        (Percent, Threshold, MaxWait) = (snapshot.Config.ServiceLevel.Percent, snapshot.Config.ServiceLevel.ThresholdSeconds, snapshot.Config.MaxWaitSeconds);
        var fallback = Queues.FirstOrDefault(q => q.QueueId != QueueId)?.QueueId ?? "";
        foreach (var w in snapshot.Waiting) MoveTargets.TryAdd(w.InteractionId, fallback);
        return Task.CompletedTask;
    }

    private async Task SaveTargets()
    {
        try
        {
            await Load(await Actions.SetServiceLevel(QueueId, Percent, Threshold, MaxWait));
            Snackbar.Add("Targets saved; the queue uses them now", Severity.Success);
        }
        catch (ContactCenterException e) { Snackbar.Add(e.Message, Severity.Warning); }
    }

    private async Task Move(string interactionId)
    {
        try
        {
            var moved = await Actions.Move(interactionId, MoveTargets[interactionId]);
            Snackbar.Add($"Moved to {moved.QueueId}", Severity.Success);
            await Load(await Actions.Queue(QueueId));
        }
        catch (ContactCenterException e) { Snackbar.Add(e.Message, Severity.Warning); }
    }
}
