using ContactCenter.Contracts;
using Microsoft.AspNetCore.Components.Authorization;

namespace ContactCenter.Dashboard.Services;

/// <summary>
/// What supervisors do to the live center from the pages. Every change is one operation on the owning grain,
/// which validates and audits it; the signed-in user travels with the call as the <see cref="Actor"/>.
/// </summary>
public sealed class SupervisorActions(IGrainFactory grains, AuthenticationStateProvider auth)
{
    private IRoutingDirectoryGrain Directory => grains.GetGrain<IRoutingDirectoryGrain>("center");

    public Task<AgentSnapshot> Agent(string agentId) => grains.GetGrain<IAgentGrain>(agentId).GetSnapshot();

    public Task<AgentSnapshot> SetSkill(string agentId, string skill, int proficiency) =>
        As(() => grains.GetGrain<IAgentGrain>(agentId).SetSkill(skill, proficiency));

    public Task<AgentSnapshot> RemoveSkill(string agentId, string skill) =>
        As(() => grains.GetGrain<IAgentGrain>(agentId).RemoveSkill(skill));

    public Task<AgentSnapshot> SetCapacity(string agentId, ChannelCapacity capacity) =>
        As(() => grains.GetGrain<IAgentGrain>(agentId).SetCapacity(capacity));

    public Task<AgentSnapshot> Force(string agentId, AgentPresence target, string reason) =>
        As(() => grains.GetGrain<IAgentGrain>(agentId).Force(target, reason));

    public Task RetireAgent(string agentId) => As(async () => { await grains.GetGrain<IAgentGrain>(agentId).Retire(); return true; });

    public Task<IReadOnlyList<AuditEntry>> AgentAudit(string agentId) => grains.GetGrain<IAgentGrain>(agentId).GetAudit();

    public Task<QueueSnapshot> Queue(string queueId) => grains.GetGrain<IQueueGrain>(queueId).GetSnapshot();

    public Task<QueueSnapshot> ChangeTargets(string queueId, QueueTargetsChange change) =>
        As(() => grains.GetGrain<IQueueGrain>(queueId).ChangeTargets(change));

    public Task RetireQueue(string queueId) => As(async () => { await grains.GetGrain<IQueueGrain>(queueId).Retire(); return true; });

    public Task<IReadOnlyList<AuditEntry>> QueueAudit(string queueId) => grains.GetGrain<IQueueGrain>(queueId).GetAudit();

    public Task<InteractionSnapshot> Move(string interactionId, string toQueueId) =>
        As(() => grains.GetGrain<IInteractionGrain>(interactionId).TransferToQueue(toQueueId));

    public Task<InteractionSnapshot> Interaction(string interactionId) => grains.GetGrain<IInteractionGrain>(interactionId).GetSnapshot();

    public Task<IReadOnlyList<QueueSummary>> Queues() => Directory.GetQueues();

    /// <summary>The skills the center knows: every queue's and every agent's.</summary>
    public async Task<IReadOnlyList<string>> KnownSkills()
    {
        var queues = await Directory.GetQueues();
        var agents = await Task.WhenAll((await Directory.GetAgents()).Select(async id =>
        {
            try { return (await grains.GetGrain<IAgentGrain>(id).GetSnapshot()).Profile.Skills.Select(s => s.Skill); }
            catch (ContactCenterException) { return []; }
        }));
        return queues.SelectMany(q => q.Skills).Concat(agents.SelectMany(s => s))
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToArray();
    }

    /// <summary>A waiting caller's name and tier; null for an anonymous or unknown caller.</summary>
    public async Task<CustomerSnapshot?> Customer(string? customerId)
    {
        if (string.IsNullOrWhiteSpace(customerId)) return null;
        try { return await grains.GetGrain<ICustomerGrain>(customerId).GetSnapshot(); }
        catch (ContactCenterException) { return null; }
    }

    /// <summary>Sets the actor here, in the method that then awaits the grain, so the RequestContext value flows into the call.</summary>
    private async Task<T> As<T>(Func<Task<T>> call)
    {
        var user = (await auth.GetAuthenticationStateAsync()).User;
        Actor.Set(user.Identity?.Name);
        return await call();
    }
}
