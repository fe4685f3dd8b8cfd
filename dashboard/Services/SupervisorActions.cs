using ContactCenter.Contracts;

namespace ContactCenter.Dashboard.Services;

/// <summary>What supervisors do to the live center; each call acts on the grains at once.</summary>
public sealed class SupervisorActions(IGrainFactory grains)
{
    public Task<AgentSnapshot> Agent(string agentId) => grains.GetGrain<IAgentGrain>(agentId).GetSnapshot();

    public async Task<AgentSnapshot> SetSkill(string agentId, string skill, int proficiency)
    {
        var agent = grains.GetGrain<IAgentGrain>(agentId);
        var profile = (await agent.GetSnapshot()).Profile;
        var skills = profile.Skills.Where(s => !string.Equals(s.Skill, skill, StringComparison.OrdinalIgnoreCase))
            .Append(new SkillLevel(skill.Trim(), proficiency)).OrderBy(s => s.Skill).ToArray();
        return await agent.Configure(profile with { Skills = skills });
    }

    public async Task<AgentSnapshot> RemoveSkill(string agentId, string skill)
    {
        var agent = grains.GetGrain<IAgentGrain>(agentId);
        var profile = (await agent.GetSnapshot()).Profile;
        return await agent.Configure(profile with { Skills = profile.Skills.Where(s => s.Skill != skill).ToArray() });
    }

    public Task<AgentSnapshot> Force(string agentId, AgentPresence target, string reason) =>
        grains.GetGrain<IAgentGrain>(agentId).Force(target, reason);

    public Task<QueueSnapshot> Queue(string queueId) => grains.GetGrain<IQueueGrain>(queueId).GetSnapshot();

    public async Task<QueueSnapshot> SetServiceLevel(string queueId, double percent, int thresholdSeconds, int maxWaitSeconds)
    {
        var queue = grains.GetGrain<IQueueGrain>(queueId);
        var config = await queue.GetConfig();
        return await queue.Configure(config with { ServiceLevel = new ServiceLevelTarget(percent, thresholdSeconds), MaxWaitSeconds = maxWaitSeconds });
    }

    public Task<InteractionSnapshot> Move(string interactionId, string toQueueId) =>
        grains.GetGrain<IInteractionGrain>(interactionId).TransferToQueue(toQueueId);

    public Task<InteractionSnapshot> Interaction(string interactionId) => grains.GetGrain<IInteractionGrain>(interactionId).GetSnapshot();

    public Task<IReadOnlyList<QueueSummary>> Queues() => grains.GetGrain<IRoutingDirectoryGrain>("center").GetQueues();
}
