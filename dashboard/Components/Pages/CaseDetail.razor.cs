using System.Security.Claims;
using ContactCenter.Contracts;
using ContactCenter.Dashboard.Auth;
using ContactCenter.Dashboard.Components.Wallboard;
using ContactCenter.Dashboard.Live;
using ContactCenter.Dashboard.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace ContactCenter.Dashboard.Components.Pages;

/// <summary>
/// One case: details, the SLA picture with countdowns, the timeline, and (for its owner, supervisors and admins)
/// status moves limited to the allowed ones, notes, assignment and linking an interaction. An agent sees only
/// cases it owns. Pushed case changes (counts or a notice about this case) reload it.
/// </summary>
public sealed partial class CaseDetail : IDisposable
{
    private const string QueueTarget = "(queue)";
    private ITimer? _tick;
    private LiveRefresh? _live;
    private string? _user;
    private string? _agentOnly;

    [Parameter] public string CaseId { get; set; } = "";
    [Inject] private CaseQueries Queries { get; set; } = null!;
    [Inject] private CaseCommands Commands { get; set; } = null!;
    [Inject] private LiveFeed Feed { get; set; } = null!;
    [Inject] private TimeProvider Time { get; set; } = null!;
    [Inject] private ISnackbar Snackbar { get; set; } = null!;
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = null!;

    private CaseSnapshot? Case { get; set; }
    private string? Missing { get; set; }
    private string? Error { get; set; }
    private string? CustomerName { get; set; }
    private bool CanOperate { get; set; }
    private bool CanAct => CanOperate || (_agentOnly is not null && Case?.AgentId == _agentOnly);
    private DateTimeOffset Now { get; set; }
    private string? Reason { get; set; }
    private string? AssignTo { get; set; }
    private string? LinkId { get; set; }
    private string? LinkError { get; set; }
    private string? Note { get; set; }
    private string? NoteError { get; set; }
    private IReadOnlyList<QueueSummary> Queues { get; set; } = [];
    private IReadOnlyList<(string AgentId, string Name, string Team)> Agents { get; set; } = [];

    private string OwnerText => Case?.AgentId is { } agent ? Agents.FirstOrDefault(a => a.AgentId == agent).Name ?? agent : $"Queue: {QueueName(Case?.QueueId ?? "")}";

    protected override async Task OnInitializedAsync()
    {
        var user = (await Auth).User;
        _user = user.Identity?.Name;
        CanOperate = user.IsInRole(Roles.Supervisor) || user.IsInRole(Roles.Admin);
        _agentOnly = CanOperate || user.IsInRole(Roles.Analyst) ? null : user.FindFirstValue(Roles.AgentIdClaim) ?? "";
        Now = Time.GetUtcNow();
        Feed.Changed += OnLive;
        _tick = Time.CreateTimer(_ => Tick(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        (Queues, Agents) = (await Queries.Queues(), await Queries.Agents());
    }

    protected override Task OnParametersSetAsync() => Reload();

    private async Task Reload()
    {
        try
        {
            var snapshot = await Queries.Get(CaseId);
            if (_agentOnly is not null && snapshot.AgentId != _agentOnly)
            {
                (Case, Missing) = (null, "This case is not yours: an agent sees the cases it owns.");
                return;
            }
            if (Case?.CustomerId != snapshot.CustomerId)
                CustomerName = (await Queries.CustomerNames([snapshot.CustomerId])).GetValueOrDefault(snapshot.CustomerId);
            (Case, Missing) = (snapshot, null);
        }
        catch (ContactCenterException e) when (e.Kind == ErrorKind.NotFound) { (Case, Missing) = (null, e.Message); }
    }

    private async Task Run(Func<CaseCommands, Task<CaseSnapshot>> command, string done)
    {
        try
        {
            Case = await Commands.As(_user, command);
            Error = null;
            Snackbar.Add(done, Severity.Success);
        }
        catch (ContactCenterException e) { Error = e.Message; }
    }

    private async Task Move(CaseStatus to)
    {
        await Run(c => c.ChangeStatus(CaseId, to, string.IsNullOrWhiteSpace(Reason) ? null : Reason), $"Case moved to {to}");
        if (Error is null) Reason = null;
    }

    private async Task Assign()
    {
        if (AssignTo is not { } target) return;
        var agent = target == QueueTarget ? null : target;
        await Run(c => c.Assign(CaseId, agent, agent is null ? Case!.QueueId : null), agent is null ? "Case back in its queue" : "Case assigned");
        if (Error is null) AssignTo = null;
    }

    private Task ChangePriority(CasePriority priority) =>
        priority == Case?.Priority ? Task.CompletedTask : Run(c => c.ChangePriority(CaseId, priority), $"Priority is now {priority}");

    private async Task AddNote()
    {
        NoteError = null;
        try
        {
            Case = await Commands.As(_user, c => c.AddNote(CaseId, Note ?? ""));
            Note = null;
        }
        catch (ContactCenterException e) when (e.Kind == ErrorKind.Invalid) { NoteError = e.Message; }
        catch (ContactCenterException e) { Error = e.Message; }
    }

    private async Task Link()
    {
        LinkError = null;
        try
        {
            Case = await Commands.As(_user, c => c.Link(CaseId, LinkId!.Trim()));
            LinkId = null;
        }
        catch (ContactCenterException e) when (e.Kind is ErrorKind.Invalid or ErrorKind.NotFound) { LinkError = e.Message; }
        catch (ContactCenterException e) { Error = e.Message; }
    }

    private string QueueName(string id) => Queues.FirstOrDefault(q => q.QueueId == id)?.Name ?? id;

    private static string When(DateTimeOffset at) => at.ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss");

    private string Target(DateTimeOffset? doneAt, DateTimeOffset? due, TimeSpan? remaining, bool breached)
    {
        var state = breached ? "breached" : "within target";
        if (doneAt is { } done) return $"done {When(done)} ({state})";
        if (due is { } d) return d <= Now ? $"due {When(d)}, overdue by {Durations.Readable(Now - d)}" : $"due {When(d)}, {Durations.Readable(d - Now)} left";
        return remaining is { } r ? $"paused, {Durations.Readable(r)} left{(breached ? " (breached)" : "")}" : "—";
    }

    internal static string MoveText(CaseStatus to) => to switch
    {
        CaseStatus.Assigned => "Mark assigned",
        CaseStatus.InProgress => "Start work",
        CaseStatus.PendingCustomer => "Wait on customer",
        CaseStatus.Resolved => "Resolve",
        CaseStatus.Closed => "Close",
        _ => "Reopen",
    };

    internal static string KindText(CaseEventKind kind) => kind switch
    {
        CaseEventKind.StatusChanged => "status",
        CaseEventKind.InteractionLinked => "interaction linked",
        CaseEventKind.PriorityChanged => "priority",
        CaseEventKind.ContractChanged => "contract changed",
        CaseEventKind.FirstResponseBreached => "first response breached",
        CaseEventKind.ResolutionBreached => "resolution breached",
        CaseEventKind.BreachWarning => "breach predicted",
        CaseEventKind.NotificationAcknowledged => "acknowledged",
        CaseEventKind.EmailReceived => "email from the customer",
        CaseEventKind.EmailSent => "email reply",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private void OnLive(LiveBatch batch)
    {
        var mine = batch.Cases is not null || batch.Notifications?.Any(n => n.CaseId == CaseId) == true;
        if (!mine) return;
        Refresh.Reload();
    }

    private void Tick() => Refresh.Render(() => Now = Time.GetUtcNow());

    private LiveRefresh Refresh => _live ??= new(InvokeAsync, Reload, StateHasChanged, DispatchExceptionAsync);

    public void Dispose()
    {
        Feed.Changed -= OnLive;
        _tick?.Dispose();
    }
}
