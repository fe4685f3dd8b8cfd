using ContactCenter.Contracts;
using ContactCenter.Dashboard.Auth;
using ContactCenter.Dashboard.Live;
using ContactCenter.Dashboard.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace ContactCenter.Dashboard.Components.Cases;

/// <summary>
/// The app bar's bell: escalation notices for the user's audiences (supervisors see the supervisors' notices, admins
/// the managers' too), read once and then followed from the live feed, so a new notice or someone's acknowledgement
/// shows without a reload. Acknowledging records who did it.
/// </summary>
public sealed partial class NotificationBell : IDisposable
{
    public const int Shown = 50;
    private readonly Dictionary<string, CaseNotification> _items = [];
    private IReadOnlyCollection<NotificationAudience> _audiences = [];
    private string? _user;

    [Inject] private LiveFeed Feed { get; set; } = null!;
    [Inject] private CaseQueries Queries { get; set; } = null!;
    [Inject] private CaseCommands Commands { get; set; } = null!;
    [Inject] private AuthenticationStateProvider Auth { get; set; } = null!;
    [Inject] private ILogger<NotificationBell> Logger { get; set; } = null!;

    private bool Open { get; set; }
    private string? Error { get; set; }
    private IReadOnlyList<CaseNotification> Items => _items.Values.OrderByDescending(n => n.RaisedAt).Take(Shown).ToList();
    private int Unacknowledged => _items.Values.Count(n => !n.Acknowledged);
    private string ButtonLabel => Unacknowledged == 0 ? "Case escalations, none unacknowledged" : $"Case escalations, {Unacknowledged} unacknowledged";

    protected override async Task OnInitializedAsync()
    {
        var user = (await Auth.GetAuthenticationStateAsync()).User;
        _user = user.Identity?.Name;
        _audiences = CasePolicies.NoticeAudiences(user);
        Feed.NotificationsArrived += OnPushed;
        Merge(Feed.Notifications);
        if (_audiences.Count == 0) return;
        try { Merge(await Queries.Notifications(_audiences, take: Shown)); }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Pushed notices still arrive; only the ones raised before this page opened are missing.
            Logger.LogWarning("Could not read the recent case notifications: {Reason}", e.Message);
        }
    }

    private void Merge(IEnumerable<CaseNotification> notices)
    {
        foreach (var n in notices.Where(n => _audiences.Contains(n.Audience)))
            if (!_items.TryGetValue(n.NotificationId, out var known) || !known.Acknowledged) _items[n.NotificationId] = n;
    }

    private void OnPushed(IReadOnlyList<CaseNotification> notices) => InvokeAsync(() =>
    {
        Merge(notices);
        StateHasChanged();
    }).ContinueWith(t => DispatchExceptionAsync(t.Exception!), TaskContinuationOptions.OnlyOnFaulted);

    private void Toggle() => Open = !Open;

    private void CloseOnEscape(Microsoft.AspNetCore.Components.Web.KeyboardEventArgs e)
    {
        if (e.Key == "Escape") Open = false;
    }

    private async Task Acknowledge(CaseNotification notice)
    {
        try
        {
            var done = await Commands.As(_user, c => c.Acknowledge(notice.NotificationId));
            _items[done.NotificationId] = done;
            Error = null;
        }
        catch (ContactCenterException e) { Error = e.Message; }
    }

    internal static string StepText(EscalationStep step) => step switch
    {
        EscalationStep.Reassigned => "Reassigned",
        EscalationStep.SupervisorNotified => "Not started",
        EscalationStep.ManagersNotified => "Still no action",
        _ => "Resolution breached",
    };

    public void Dispose() => Feed.NotificationsArrived -= OnPushed;
}
