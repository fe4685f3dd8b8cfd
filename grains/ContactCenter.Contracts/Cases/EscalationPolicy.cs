using ContactCenter.Contracts.Validation;

namespace ContactCenter.Contracts;

/// <summary>
/// How a queue's cases escalate when nobody acts; every time is in business (coverage) minutes of the case's
/// contract. A null step is switched off.
/// 1. not picked up (not started) within PickupMinutes of creation → reassigned to the next available agent with the skill;
/// 2. still not started SupervisorMinutes after that → the team's supervisor is notified;
/// 3. ManagersMinutes after that with no action → the center's managers (Admin) are notified;
/// 4. resolution target breached → moved to SpecialistQueueId (when set) and the priority rises one level when RaisePriority.
/// </summary>
[GenerateSerializer, Immutable, Alias("cc.escalation-policy")]
public sealed record EscalationPolicy(
    [property: Id(0)] int? PickupMinutes = 30,
    [property: Id(1)] int? SupervisorMinutes = 20,
    [property: Id(2)] int? ManagersMinutes = 30,
    [property: Id(3)] string? SpecialistQueueId = null,
    [property: Id(4)] bool RaisePriority = true)
{
    public static EscalationPolicy Default { get; } = new();

    /// <summary>Throws ContactCenterException (Invalid) naming the first bad field. Whether the specialist queue exists is the grain's check.</summary>
    public void Validate()
    {
        if (PickupMinutes is { } p) Bounds.RequireRange(p, "pickupMinutes", 1, ServiceContract.MaxTargetMinutes);
        if (SupervisorMinutes is { } s) Bounds.RequireRange(s, "supervisorMinutes", 1, ServiceContract.MaxTargetMinutes);
        if (ManagersMinutes is { } m) Bounds.RequireRange(m, "managersMinutes", 1, ServiceContract.MaxTargetMinutes);
        if (SpecialistQueueId is not null) Ids.Require(SpecialistQueueId, "specialistQueueId");
    }
}

/// <summary>A queue's escalation policy. Key: queue id. A queue never configured has <see cref="EscalationPolicy.Default"/>.</summary>
public interface IEscalationPolicyGrain : IGrainWithStringKey
{
    Task<EscalationPolicy> Get();

    /// <summary>Validates (the specialist queue must exist), stores and audits the policy; open cases use it from their next step.</summary>
    Task<EscalationPolicy> Set(EscalationPolicy policy);
}
