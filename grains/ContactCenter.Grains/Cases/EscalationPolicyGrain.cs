using ContactCenter.Grains.Audit;
using ContactCenter.Grains.Storage;

namespace ContactCenter.Grains.Cases;

/// <summary>A queue's escalation policy (key: queue id), audited; open cases read it at their next step.</summary>
public sealed class EscalationPolicyGrain(
    [PersistentState("escalation-policy", GrainStorage.Name)] IPersistentState<EscalationPolicyState> state,
    TimeProvider time) : Grain, IEscalationPolicyGrain
{
    private string QueueId => this.GetPrimaryKeyString();

    public Task<EscalationPolicy> Get() => Task.FromResult(state.State.Policy ?? EscalationPolicy.Default);

    public async Task<EscalationPolicy> Set(EscalationPolicy policy)
    {
        if (policy is null) throw ContactCenterException.Invalid("body", "An escalation policy is required.");
        Ids.Require(QueueId, "queueId");
        policy.Validate();
        if (policy.SpecialistQueueId is { } specialists)
        {
            try { await GrainFactory.GetGrain<IQueueGrain>(specialists).GetConfig(); }
            catch (ContactCenterException e) when (e.Kind == ErrorKind.NotFound)
            {
                throw ContactCenterException.Invalid("specialistQueueId", $"Queue '{specialists}' does not exist; configure it first.");
            }
        }
        var old = state.State.Policy ?? EscalationPolicy.Default;
        state.State.Audit.Add(time.GetUtcNow(), AuditActions.Configure, AuditDiff.Changed(
            ("escalation.pickupMinutes", Show(old.PickupMinutes), Show(policy.PickupMinutes)),
            ("escalation.supervisorMinutes", Show(old.SupervisorMinutes), Show(policy.SupervisorMinutes)),
            ("escalation.managersMinutes", Show(old.ManagersMinutes), Show(policy.ManagersMinutes)),
            ("escalation.specialistQueueId", old.SpecialistQueueId, policy.SpecialistQueueId),
            ("escalation.raisePriority", old.RaisePriority.ToString(), policy.RaisePriority.ToString())));
        state.State.Policy = policy;
        await state.WriteStateAsync();
        return policy;
    }

    private static string Show(int? minutes) => minutes is { } m ? $"{m} min" : "off";
}

[GenerateSerializer, Alias("cc.escalation-policy-state")]
public sealed class EscalationPolicyState
{
    [Id(0)] public EscalationPolicy? Policy { get; set; }
    [Id(1)] public AuditLog Audit { get; set; } = new();
}
