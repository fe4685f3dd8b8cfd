using ContactCenter.Contracts;
using ContactCenter.Dashboard.Live;
using ContactCenter.Dashboard.Services;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace ContactCenter.Dashboard.Components.Pages;

/// <summary>Every agent's live state, filtered by queue and team, with the supervisor's actions.</summary>
public sealed partial class AgentsBoard : IDisposable
{
    private ITimer? _tick;

    [Inject] private LiveFeed Feed { get; set; } = null!;
    [Inject] private SupervisorActions Actions { get; set; } = null!;
    [Inject] private TimeProvider Time { get; set; } = null!;
    [Inject] private ISnackbar Snackbar { get; set; } = null!;

    private string? QueueFilter { get; set; }
    private string? TeamFilter { get; set; }
    private string? Editing { get; set; }
    private string Reason { get; set; } = "supervisor";
    private DateTimeOffset Now { get; set; }

    private IEnumerable<AgentLive> Visible => Feed.Agents
        .Where(a => a.Presence != AgentPresence.LoggedOut || QueueFilter is null)
        .Where(a => QueueFilter is null || a.Serves(QueueFilter))
        .Where(a => TeamFilter is null || a.Team == TeamFilter);

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

    private async Task Run(Func<Task<AgentSnapshot>> action)
    {
        try
        {
            var agent = await action();
            Snackbar.Add($"{agent.Profile.Name} is now {agent.Presence}", Severity.Success);
        }
        catch (ContactCenterException e) { Snackbar.Add(e.Message, Severity.Warning); }
    }

    public void Dispose()
    {
        Feed.Changed -= OnLive;
        _tick?.Dispose();
    }
}
