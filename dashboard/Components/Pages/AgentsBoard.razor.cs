using ContactCenter.Contracts;
using ContactCenter.Dashboard.Components.Supervisor;
using ContactCenter.Dashboard.Live;
using ContactCenter.Dashboard.Services;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ContactCenter.Dashboard.Components.Pages;

/// <summary>
/// Every agent's live state, filtered by queue and team, with the supervisor's actions. Only actions that can
/// apply to the agent's state are offered, each is confirmed, and the agent grain has the last word.
/// </summary>
public sealed partial class AgentsBoard : IDisposable
{
    private const string DefaultReason = "supervisor request";
    private static readonly string[] ReasonChoices = [DefaultReason, "break", "meeting", "training", "coaching", "left desk", "end of shift"];
    private ITimer? _tick;

    [Inject] private LiveFeed Feed { get; set; } = null!;
    [Inject] private SupervisorActions Actions { get; set; } = null!;
    [Inject] private TimeProvider Time { get; set; } = null!;
    [Inject] private IDialogService Dialogs { get; set; } = null!;
    [Inject] private ISnackbar Snackbar { get; set; } = null!;

    private string? QueueFilter { get; set; }
    private string? TeamFilter { get; set; }
    private string? Editing { get; set; }
    private Dictionary<string, string> Reasons { get; } = [];
    private DateTimeOffset Now { get; set; }

    private IEnumerable<AgentLive> Visible => Feed.Agents
        .Where(a => a.Presence != AgentPresence.LoggedOut || QueueFilter is null)
        .Where(a => QueueFilter is null || a.Serves(QueueFilter))
        .Where(a => TeamFilter is null || a.Team == TeamFilter);

    private string ReasonFor(string agentId) => Reasons.GetValueOrDefault(agentId, DefaultReason);

    private static bool CanForceNotReady(AgentLive a) => a.Presence is not (AgentPresence.LoggedOut or AgentPresence.NotReady);

    /// <summary>A connected interaction must be transferred or ended before a forced log-out.</summary>
    private static bool CanForceLogout(AgentLive a) => a.Presence is not (AgentPresence.LoggedOut or AgentPresence.Busy);

    private static bool CanForce(AgentLive a) => CanForceNotReady(a) || CanForceLogout(a) || a.Presence == AgentPresence.NotReady;

    protected override void OnInitialized()
    {
        Now = Time.GetUtcNow();
        Feed.Changed += OnLive;
        _tick = Time.CreateTimer(_ => OnLive(null), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    private void OnLive(LiveBatch? _) => InvokeAsync(() =>
    {
        Now = Time.GetUtcNow();
        StateHasChanged();
    }).ContinueWith(t => DispatchExceptionAsync(t.Exception!), TaskContinuationOptions.OnlyOnFaulted);

    private async Task Force(AgentLive a, AgentPresence target)
    {
        var reason = ReasonFor(a.AgentId);
        var verb = target switch { AgentPresence.Ready => "Make", AgentPresence.LoggedOut => "Log out", _ => "Force" };
        var title = target switch
        {
            AgentPresence.Ready => $"Make {a.Name} ready?",
            AgentPresence.LoggedOut => $"Log {a.Name} out?",
            _ => $"Force {a.Name} not ready?",
        };
        var message = target == AgentPresence.LoggedOut
            ? "Pending offers go back to the front of their queues and wrap-ups are completed as \"forced\"."
            : target == AgentPresence.Ready ? "The agent starts taking work at once." : "Offers pending for the agent go back to their queues.";
        var to = target == AgentPresence.Ready ? "Ready" : $"{target} ({reason})";
        if (!await ConfirmChange.Ask(Dialogs, title, message, [new FieldChange("State", $"{a.Presence} {a.NotReadyReason}".Trim(), to)],
                verb == "Make" ? "Make ready" : verb, target == AgentPresence.LoggedOut ? Color.Error : Color.Primary)) return;
        try
        {
            var agent = await Actions.Force(a.AgentId, target, reason);
            Snackbar.Add($"{agent.Profile.Name} is now {agent.Presence}", Severity.Success);
        }
        catch (ContactCenterException e) { Snackbar.Add(e.Message, Severity.Warning); }
    }

    private async Task Retire(AgentLive a)
    {
        if (!await ConfirmChange.Ask(Dialogs, $"Retire {a.Name}?",
                "The agent leaves the board, routing and the directory; the audit trail stays. An admin can restore the agent.",
                [new FieldChange("Agent", "active", "retired")], "Retire", Color.Error)) return;
        try
        {
            await Actions.RetireAgent(a.AgentId);
            Snackbar.Add($"{a.Name} retired", Severity.Success);
        }
        catch (ContactCenterException e) { Snackbar.Add(e.Message, Severity.Warning); }
    }

    public void Dispose()
    {
        Feed.Changed -= OnLive;
        _tick?.Dispose();
    }
}
