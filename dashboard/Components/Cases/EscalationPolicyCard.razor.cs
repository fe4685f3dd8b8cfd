using ContactCenter.Contracts;
using ContactCenter.Dashboard.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace ContactCenter.Dashboard.Components.Cases;

/// <summary>Edits one queue's escalation policy; the policy grain validates and a refusal is shown beside the field it names.</summary>
public sealed partial class EscalationPolicyCard
{
    private const string PickupField = "pickupMinutes";
    private const string SupervisorField = "supervisorMinutes";
    private const string ManagersField = "managersMinutes";
    private const string SpecialistField = "specialistQueueId";

    [Parameter, EditorRequired] public string QueueId { get; set; } = "";
    [Parameter] public IReadOnlyList<QueueSummary> Queues { get; set; } = [];
    [Inject] private CaseQueries Queries { get; set; } = null!;
    [Inject] private CaseCommands Commands { get; set; } = null!;
    [Inject] private ISnackbar Snackbar { get; set; } = null!;
    [CascadingParameter] private Task<AuthenticationState>? Auth { get; set; }

    private EscalationPolicy? Policy { get; set; }
    private string? LoadError { get; set; }
    private string? Error { get; set; }
    private Dictionary<string, string> Errors { get; } = [];
    private bool PickupOn { get; set; }
    private int? Pickup { get; set; }
    private bool SupervisorOn { get; set; }
    private int? Supervisor { get; set; }
    private bool ManagersOn { get; set; }
    private int? Managers { get; set; }
    private string? Specialist { get; set; }
    private bool RaisePriority { get; set; }
    private string? _loadedFor;

    protected override async Task OnParametersSetAsync()
    {
        if (_loadedFor == QueueId) return;
        _loadedFor = QueueId;
        try { Show(await Queries.Policy(QueueId)); }
        catch (ContactCenterException e) { LoadError = e.Message; }
    }

    private void Show(EscalationPolicy policy)
    {
        Policy = policy;
        (PickupOn, Pickup) = (policy.PickupMinutes is not null, policy.PickupMinutes ?? EscalationPolicy.Default.PickupMinutes);
        (SupervisorOn, Supervisor) = (policy.SupervisorMinutes is not null, policy.SupervisorMinutes ?? EscalationPolicy.Default.SupervisorMinutes);
        (ManagersOn, Managers) = (policy.ManagersMinutes is not null, policy.ManagersMinutes ?? EscalationPolicy.Default.ManagersMinutes);
        (Specialist, RaisePriority) = (policy.SpecialistQueueId, policy.RaisePriority);
        Errors.Clear();
    }

    private async Task Save()
    {
        Errors.Clear();
        Error = null;
        // A step switched on needs its minutes; the grain decides the range.
        if (PickupOn && Pickup is null) Errors[PickupField] = "pickupMinutes is required while the step is on.";
        if (SupervisorOn && Supervisor is null) Errors[SupervisorField] = "supervisorMinutes is required while the step is on.";
        if (ManagersOn && Managers is null) Errors[ManagersField] = "managersMinutes is required while the step is on.";
        if (Errors.Count > 0) return;
        var policy = new EscalationPolicy(PickupOn ? Pickup : null, SupervisorOn ? Supervisor : null, ManagersOn ? Managers : null, Specialist, RaisePriority);
        try
        {
            var user = Auth is null ? null : (await Auth).User.Identity?.Name;
            Show(await Commands.As(user, c => c.SetPolicy(QueueId, policy)));
            Snackbar.Add("Escalation policy saved; open cases use it from their next step", Severity.Success);
        }
        catch (ContactCenterException e) when (e.Kind == ErrorKind.Invalid && e.Field is PickupField or SupervisorField or ManagersField or SpecialistField) { Errors[e.Field!] = e.Message; }
        catch (ContactCenterException e) { Error = e.Message; }
    }
}
