using System.Security.Claims;
using ContactCenter.Contracts;
using ContactCenter.Dashboard.Auth;
using ContactCenter.Dashboard.Components.Console;
using ContactCenter.Dashboard.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace ContactCenter.Dashboard.Components.Pages;

/// <summary>
/// The signed-in agent's own console. Changes arrive by push from the agent grain; a local
/// one-second tick only redraws timers and countdowns.
/// </summary>
public sealed partial class AgentConsolePage : IAsyncDisposable
{
    private static readonly string[] Reasons = ["Break", "Lunch", "Training", "Meeting", "Coaching"];
    private readonly HashSet<string> _rung = [];
    private ITimer? _tick;
    private RingSettings? _ring;
    private DateTimeOffset? _dismissed;

    [Inject] private AgentConsole Console { get; set; } = null!;
    [Inject] private TimeProvider Time { get; set; } = null!;
    [Inject] private ChatDesk Chats { get; set; } = null!;
    [Inject] private ISnackbar Snackbar { get; set; } = null!;
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = null!;

    private AgentSnapshot? Agent { get; set; }
    private Dictionary<string, ScreenPop> Pops { get; } = [];
    private IReadOnlyDictionary<string, string> QueueNames { get; set; } = new Dictionary<string, string>();
    private string Reason { get; set; } = Reasons[0];
    private DateTimeOffset Now { get; set; }

    private Color PresenceColor => Agent?.Presence switch
    {
        AgentPresence.Ready => Color.Success,
        AgentPresence.Reserved => Color.Warning,
        AgentPresence.Busy => Color.Error,
        AgentPresence.WrapUp => Color.Info,
        _ => Color.Default,
    };

    /// <summary>During work the reason is what the agent asked for after it.</summary>
    private string? ReasonText => Agent switch
    {
        { NotReadyReason: { } reason, Presence: AgentPresence.Busy or AgentPresence.WrapUp or AgentPresence.Reserved } => $"then NotReady: {reason}",
        _ => Agent?.NotReadyReason,
    };

    private string Aht => Agent is { Counters.Handled: > 0 } a
        ? $"{(a.Counters.TalkSeconds + a.Counters.WrapUpSeconds) / a.Counters.Handled:0}s" : "–";

    /// <summary>Changes when work comes or goes, so "My cases" reloads after a case is opened or a call ends.</summary>
    private string WorkKey => Agent is null ? "" : $"{string.Join(",", Agent.Work.Select(w => $"{w.InteractionId}:{w.Status}"))}|{Agent.Counters.Handled}";

    private AgentNotice? VisibleNotice => Agent?.Notice is { } n && n.At != _dismissed ? n : null;

    protected override async Task OnInitializedAsync()
    {
        var user = (await Auth).User;
        var agentId = user.FindFirstValue(Roles.AgentIdClaim) ?? throw new InvalidOperationException("An agent user has no agent id.");
        Now = Time.GetUtcNow();
        Console.Changed += OnChanged;
        QueueNames = (await Console.Queues()).ToDictionary(q => q.QueueId, q => q.Name);
        await Show(await Console.AttachAsync(agentId));
        _tick = Time.CreateTimer(_ => InvokeAsync(() => { Now = Time.GetUtcNow(); StateHasChanged(); }), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    private void OnChanged(AgentSnapshot snapshot) =>
        InvokeAsync(() => Show(snapshot)).ContinueWith(t => DispatchExceptionAsync(t.Exception!), TaskContinuationOptions.OnlyOnFaulted);

    /// <summary>Older snapshots (by version) can arrive after newer ones; they are ignored.</summary>
    private async Task Show(AgentSnapshot snapshot)
    {
        if (Agent is not null && snapshot.Version < Agent.Version) return;
        Agent = snapshot;
        foreach (var item in snapshot.Work.Where(w => !Pops.ContainsKey(w.InteractionId)))
        {
            try { Pops[item.InteractionId] = await Console.ScreenPopFor(item.InteractionId); }
            catch (ContactCenterException) { /* it ended meanwhile */ }
        }
        foreach (var gone in Pops.Keys.Where(id => snapshot.Work.All(w => w.InteractionId != id)).ToList()) Pops.Remove(gone);
        StateHasChanged();
        await RingForNewOffers(snapshot);
    }

    private async Task RingForNewOffers(AgentSnapshot snapshot)
    {
        var offered = snapshot.Work.Where(w => w.Status == WorkStatus.Offered).ToList();
        _rung.IntersectWith(offered.Select(w => w.InteractionId));
        foreach (var item in offered.Where(w => _rung.Add(w.InteractionId)))
        {
            var queue = QueueNames.GetValueOrDefault(item.QueueId, "a queue");
            var title = item.IsConsult ? "Consult request" : $"Incoming {item.Channel.ToString().ToLowerInvariant()}";
            var who = Pops.GetValueOrDefault(item.InteractionId)?.Customer?.Profile.Name ?? "a caller";
            if (_ring is not null) await _ring.Ring(title, $"{who} · {queue}", item.InteractionId);
        }
    }

    private string NoticeText(AgentNotice notice)
    {
        var queue = QueueNames.GetValueOrDefault(notice.QueueId, "a queue");
        if (notice.Reason.StartsWith("consult", StringComparison.Ordinal)) return $"{char.ToUpperInvariant(notice.Reason[0])}{notice.Reason[1..]} ({queue}).";
        return notice.Kind == AgentNotice.Missed
            ? $"Offer from {queue} missed: {notice.Reason}."
            : $"Offer from {queue} was withdrawn: {notice.Reason}.";
    }

    private async Task Run(Func<Task<AgentSnapshot>> command)
    {
        try { await Show(await command()); }
        catch (ContactCenterException e) { ShowError(e.Message); }
    }

    private void ShowError(string message) => Snackbar.Add(message, Severity.Warning);

    /// <summary>"Send in reply" of a suggested article: into the chat, whose grain records the use. Other work has no send.</summary>
    private EventCallback<KnowledgeHit> SendArticle(WorkItem item) => item.Channel == Channel.Chat
        ? EventCallback.Factory.Create<KnowledgeHit>(this, hit => Chats.Send(item.InteractionId, Agent!.Profile.AgentId, "", hit.ArticleId))
        : default;

    private string Elapsed(DateTimeOffset since) => Format(Now - since);

    internal static string Format(TimeSpan span) =>
        span < TimeSpan.Zero ? "0:00" : span.TotalHours >= 1 ? span.ToString(@"h\:mm\:ss") : span.ToString(@"m\:ss");

    public async ValueTask DisposeAsync()
    {
        Console.Changed -= OnChanged;
        _tick?.Dispose();
        await Task.CompletedTask;
    }
}
