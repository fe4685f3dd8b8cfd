namespace ContactCenter.Contracts;

/// <summary>
/// Maps what was gathered before routing (IVR choices such as intent and language, caller id)
/// to a queue. A rule matches when every Match attribute equals the interaction's (case-insensitive)
/// and, if Channel is set, the channel is the same. Rules are tried in order; the first match wins.
/// </summary>
[GenerateSerializer, Immutable, Alias("cc.entry-rule")]
public sealed record EntryRule(
    [property: Id(0)] string Name,
    [property: Id(1)] IReadOnlyDictionary<string, string> Match,
    [property: Id(2)] Channel? Channel,
    [property: Id(3)] string QueueId,
    [property: Id(4)] IReadOnlyList<SkillRequirement> ExtraSkills,
    [property: Id(5)] int BasePriority = 0);

/// <summary>A queue as the directory knows it: the skills that can qualify an agent for it.</summary>
[GenerateSerializer, Immutable, Alias("cc.queue-summary")]
public sealed record QueueSummary(
    [property: Id(0)] string QueueId,
    [property: Id(1)] string Name,
    [property: Id(2)] IReadOnlyList<string> Skills,
    [property: Id(3)] string? OverflowQueueId = null);

/// <summary>
/// The center's directory: which queues and agents exist, and the entry rules. It holds ids and
/// small summaries only, never copies of live entities. Key: "center".
/// </summary>
public interface IRoutingDirectoryGrain : IGrainWithStringKey, IEntryRuleSupervision
{
    Task RegisterQueue(QueueSummary queue);
    Task<IReadOnlyList<QueueSummary>> GetQueues();
    Task RegisterAgent(string agentId);
    Task<IReadOnlyList<string>> GetAgents();
    Task SetEntryRules(IReadOnlyList<EntryRule> rules);
    Task<IReadOnlyList<EntryRule>> GetEntryRules();
}

/// <summary>A trivial grain: the benchmark's measure of the raw grain-call ceiling.</summary>
public interface IPingGrain : IGrainWithIntegerKey
{
    ValueTask<int> Ping(int value);
}
