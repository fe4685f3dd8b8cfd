namespace ContactCenter.Tests.Infrastructure;

/// <summary>Creates queues, agents, customers and interactions with fresh keys, so tests never share state.</summary>
public sealed class CenterBuilder(ClusterFixture fixture)
{
    public IGrainFactory Grains => fixture.Grains;

    public static string Key(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    /// <summary>A unique skill name: agents find queues by skill through the shared directory.</summary>
    public static string Skill(string name) => Key(name);

    public IQueueGrain Queue(string id) => Grains.GetGrain<IQueueGrain>(id);
    public IAgentGrain Agent(string id) => Grains.GetGrain<IAgentGrain>(id);
    public IInteractionGrain Interaction(string id) => Grains.GetGrain<IInteractionGrain>(id);
    public ICustomerGrain Customer(string id) => Grains.GetGrain<ICustomerGrain>(id);

    public static QueueConfig QueueConfigFor(string id, params SkillRequirement[] skills) => new(
        id, id, skills, new ServiceLevelTarget(80, 20), 300, OverflowTarget.None, [], PriorityWeights.Default);

    public async Task<string> NewQueue(string skill, int min = 1, Func<QueueConfig, QueueConfig>? configure = null)
    {
        var id = Key("q");
        var config = QueueConfigFor(id, new SkillRequirement(skill, min));
        await Queue(id).Configure(configure?.Invoke(config) ?? config);
        return id;
    }

    public async Task<string> NewAgent(params (string Skill, int Level)[] skills) =>
        await NewAgent(ChannelCapacity.Default, skills);

    public async Task<string> NewAgent(ChannelCapacity capacity, params (string Skill, int Level)[] skills)
    {
        var id = Key("agent");
        await Agent(id).Configure(new AgentProfile(id, id, "team", skills.Select(s => new SkillLevel(s.Skill, s.Level)).ToArray(), capacity));
        await Agent(id).Login();
        return id;
    }

    public async Task<string> ReadyAgent(params (string Skill, int Level)[] skills)
    {
        var id = await NewAgent(skills);
        await Agent(id).SetReady();
        return id;
    }

    public async Task<string> NewCustomer(double lifetimeValue, double churnRisk = 0)
    {
        var id = Key("cust");
        await Customer(id).Upsert(new CustomerProfile(id, "Test Customer", lifetimeValue, fixture.Time.GetUtcNow().AddYears(-2), churnRisk));
        return id;
    }

    public async Task<InteractionSnapshot> Arrive(string queueId, string? customerId = null, Channel channel = Channel.Voice, int? basePriority = null)
    {
        var id = Key("call");
        return await Interaction(id).Create(new NewInteraction(channel, customerId, "+15550100", new Dictionary<string, string>(), basePriority, queueId));
    }

    public async Task<AgentPresence> PresenceOf(string agentId) => (await Agent(agentId).GetSnapshot()).Presence;

    public async Task<InteractionSnapshot> Snapshot(string interactionId) => await Interaction(interactionId).GetSnapshot();

    public void Advance(TimeSpan by) => fixture.Time.Advance(by);
}
