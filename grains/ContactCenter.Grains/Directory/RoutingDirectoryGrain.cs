using ContactCenter.Grains.Storage;

namespace ContactCenter.Grains;

/// <summary>The center's directory: queue summaries, agent ids and entry rules. Small by design.</summary>
public sealed partial class RoutingDirectoryGrain(
    [PersistentState("directory", GrainStorage.Name)] IPersistentState<DirectoryState> state,
    TimeProvider time,
    Routing.RoutingCatalog catalog)
    : Grain, IRoutingDirectoryGrain
{
    public const string Key = "center";

    public async Task RegisterQueue(QueueSummary queue)
    {
        if (queue is null) throw ContactCenterException.Invalid("queue", "A queue summary is required.");
        Ids.Require(queue.QueueId, "queueId");
        if (state.State.Queues.TryGetValue(queue.QueueId, out var known) && known == queue) return;
        state.State.Queues[queue.QueueId] = queue;
        await Save();
    }

    public Task<IReadOnlyList<QueueSummary>> GetQueues() =>
        Task.FromResult<IReadOnlyList<QueueSummary>>(state.State.Queues.Values.OrderBy(q => q.QueueId, StringComparer.Ordinal).ToArray());

    public async Task RegisterAgent(string agentId)
    {
        Ids.Require(agentId, "agentId");
        if (state.State.Agents.Add(agentId)) await Save();
    }

    public Task<IReadOnlyList<string>> GetAgents() =>
        Task.FromResult<IReadOnlyList<string>>(state.State.Agents.Order(StringComparer.Ordinal).ToArray());

    public async Task SetEntryRules(IReadOnlyList<EntryRule> rules)
    {
        EntryRule.ValidateAll(rules);
        for (var i = 0; i < rules.Count; i++)
            if (!state.State.Queues.ContainsKey(rules[i].QueueId))
                throw ContactCenterException.Invalid($"rules[{i}].queueId", $"Queue '{rules[i].QueueId}' does not exist; configure it first.");
        CheckRuleChange(rules);
        AuditRules(rules);
        state.State.Rules = [.. rules];
        await Save();
    }

    /// <summary>Stores a change and drops this silo's cached copy of queues and rules.</summary>
    private async Task Save()
    {
        await state.WriteStateAsync();
        catalog.Invalidate();
    }

    public Task<IReadOnlyList<EntryRule>> GetEntryRules() => Task.FromResult<IReadOnlyList<EntryRule>>(state.State.Rules.ToArray());
}

[GenerateSerializer, Alias("cc.directory-state")]
public sealed class DirectoryState
{
    [Id(0)] public Dictionary<string, QueueSummary> Queues { get; set; } = new(StringComparer.Ordinal);
    [Id(1)] public HashSet<string> Agents { get; set; } = new(StringComparer.Ordinal);
    [Id(2)] public List<EntryRule> Rules { get; set; } = [];
    [Id(3)] public List<RetiredRule> RetiredRules { get; set; } = [];
    [Id(4)] public Audit.AuditLog RuleAudit { get; set; } = new();
}
