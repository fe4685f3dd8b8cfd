using ContactCenter.Contracts;
using ContactCenter.Dashboard.Auth;
using ContactCenter.Dashboard.Components.Cases;
using ContactCenter.Dashboard.Live;
using ContactCenter.Dashboard.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace ContactCenter.Dashboard.Components.Pages;

/// <summary>
/// The center's open cases by SLA state, filtered and paged, most urgent first. Pushed case counts and notices
/// reload the page; a one-second local tick only moves the countdowns. Supervisors and admins reassign and change
/// priority; analysts read.
/// </summary>
public sealed partial class CasesPage : IDisposable
{
    public const int PageSize = 25;
    private const string QueueTarget = "(queue)";
    private static readonly string[] DefaultContracts = [ServiceContracts.Standard, ServiceContracts.Gold, ServiceContracts.Platinum];
    private ITimer? _tick;
    private LiveRefresh? _live;
    private string? _user;

    [Inject] private CaseQueries Queries { get; set; } = null!;
    [Inject] private CaseCommands Commands { get; set; } = null!;
    [Inject] private LiveFeed Feed { get; set; } = null!;
    [Inject] private TimeProvider Time { get; set; } = null!;
    [Inject] private ISnackbar Snackbar { get; set; } = null!;
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = null!;

    private CasePage? Page { get; set; }
    private CaseCounts Counts { get; set; } = CaseCounts.Empty;
    private SlaState? Sla { get; set; }
    private string? QueueId { get; set; }
    private string? Team { get; set; }
    private CasePriority? Priority { get; set; }
    private string? ContractId { get; set; }
    private int PageIndex { get; set; }
    private bool CanAct { get; set; }
    private string? Error { get; set; }
    private DateTimeOffset Now { get; set; }
    private IReadOnlyList<QueueSummary> Queues { get; set; } = [];
    private IReadOnlyList<(string AgentId, string Name, string Team)> Agents { get; set; } = [];
    private IReadOnlyList<string> Teams => Agents.Select(a => a.Team).Where(t => t.Length > 0).Distinct().Order().ToList();
    private IReadOnlyList<string> Contracts => DefaultContracts.Concat(Page?.Items.Select(c => c.ContractId) ?? []).Distinct().ToList();
    private Dictionary<string, string> CustomerNames { get; } = [];
    private Dictionary<string, string?> Targets { get; } = [];
    private int Pages => Page is null ? 1 : Math.Max(1, (Page.Total + PageSize - 1) / PageSize);

    private IEnumerable<(SlaState? State, string Label, int Count)> Tabs =>
    [
        (null, "All open", Counts.Open), (SlaState.OnTrack, "On track", Counts.OnTrack), (SlaState.AtRisk, "At risk", Counts.AtRisk),
        (SlaState.Breached, "Breached", Counts.Breached), (SlaState.Paused, "Paused", Counts.Paused),
    ];

    protected override async Task OnInitializedAsync()
    {
        var user = (await Auth).User;
        _user = user.Identity?.Name;
        CanAct = user.IsInRole(Roles.Supervisor) || user.IsInRole(Roles.Admin);
        Now = Time.GetUtcNow();
        Feed.Changed += OnLive;
        _tick = Time.CreateTimer(_ => Tick(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        (Queues, Agents) = (await Queries.Queues(), await Queries.Agents());
        await Reload();
    }

    private async Task Reload()
    {
        try
        {
            var query = new CaseQuery(QueueId, Team, Priority, ContractId, Sla, Skip: PageIndex * PageSize, Take: PageSize);
            var (page, counts) = (Queries.Page(query), Queries.Counts());
            Page = await page;
            Counts = await counts;
            var unknown = Page.Items.Select(c => c.CustomerId).Where(id => !CustomerNames.ContainsKey(id)).ToList();
            foreach (var (id, name) in await Queries.CustomerNames(unknown)) CustomerNames[id] = name;
        }
        catch (ContactCenterException e) { Error = e.Message; }
    }

    private async Task ChooseSla(SlaState? state)
    {
        (Sla, PageIndex) = (state, 0);
        await Reload();
    }

    private async Task Filter(Action change)
    {
        change();
        PageIndex = 0;
        await Reload();
    }

    private async Task GoTo(int page)
    {
        PageIndex = page - 1;
        await Reload();
    }

    private async Task Reassign(CaseSummary c)
    {
        if (Targets.GetValueOrDefault(c.CaseId) is not { } target) return;
        var agent = target == QueueTarget ? null : target;
        var to = agent is null ? $"queue {QueueName(c.QueueId)}" : AgentName(agent);
        try
        {
            await Commands.As(_user, x => x.Assign(c.CaseId, agent, agent is null ? c.QueueId : null));
            Targets.Remove(c.CaseId);
            Snackbar.Add($"{c.Subject} reassigned to {to}", Severity.Success);
            Error = null;
        }
        catch (ContactCenterException e) { Error = $"Could not reassign {c.Subject} to {to}: {e.Message}"; }
        await Reload();
    }

    private async Task ChangePriority(CaseSummary c, CasePriority priority)
    {
        if (priority == c.Priority) return;
        try
        {
            await Commands.As(_user, x => x.ChangePriority(c.CaseId, priority));
            Snackbar.Add($"{c.Subject} is now {priority}", Severity.Success);
            Error = null;
        }
        catch (ContactCenterException e) { Error = $"Could not change the priority of {c.Subject}: {e.Message}"; }
        await Reload();
    }

    private string CustomerName(string id) => CustomerNames.GetValueOrDefault(id, id);
    private string QueueName(string id) => Queues.FirstOrDefault(q => q.QueueId == id)?.Name ?? id;
    private string AgentName(string id) => Agents.FirstOrDefault(a => a.AgentId == id).Name ?? id;
    private string OwnerText(CaseSummary c) => c.AgentId is { } agent ? AgentName(agent) : $"Queue: {QueueName(c.QueueId)}";

    internal static string DeadlineText(DateTimeOffset? at) => at is { } t ? t.ToLocalTime().ToString("ddd HH:mm") : "—";

    /// <summary>Any pushed case change (counts or a notice) reloads the page, at most one reload at a time.</summary>
    private void OnLive(LiveBatch batch)
    {
        if (batch.Cases is null && batch.Notifications is not { Count: > 0 }) return;
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
