using ContactCenter.Grains.Audit;

namespace ContactCenter.Grains;

/// <summary>
/// Retiring from the directory. Entry rules are identified by name: names are required and unique
/// (case-insensitive), so a rule can be retired, restored and audited by its name.
/// </summary>
public sealed partial class RoutingDirectoryGrain
{
    public async Task RetireQueue(string queueId)
    {
        var routing = state.State.Rules.Where(r => r.QueueId == queueId).Select(r => $"'{r.Name}'").ToList();
        if (routing.Count > 0)
            throw ContactCenterException.Conflict($"Queue '{queueId}' cannot be retired: entry rule(s) {string.Join(", ", routing)} route to it.");
        var feeding = state.State.Queues.Values.Where(q => q.OverflowQueueId == queueId && q.QueueId != queueId).Select(q => $"'{q.QueueId}'").ToList();
        if (feeding.Count > 0)
            throw ContactCenterException.Conflict($"Queue '{queueId}' cannot be retired: queue(s) {string.Join(", ", feeding)} overflow into it.");
        if (state.State.Queues.Remove(queueId)) await Save();
    }

    public async Task RetireAgent(string agentId)
    {
        if (state.State.Agents.Remove(agentId)) await Save();
    }

    public async Task RetireEntryRule(string name)
    {
        var index = state.State.Rules.FindIndex(r => SameName(r.Name, name));
        if (index < 0)
            throw state.State.RetiredRules.Any(r => SameName(r.Rule.Name, name))
                ? ContactCenterException.Conflict($"Entry rule '{name}' is already retired.")
                : ContactCenterException.NotFound("Entry rule", name);
        var rule = state.State.Rules[index];
        state.State.Rules.RemoveAt(index);
        state.State.RetiredRules.Add(new RetiredRule(rule, index));
        state.State.RuleAudit.Add(time.GetUtcNow(), AuditActions.Retire, rule.Name, AuditDiff.Rule(rule), null);
        await Save();
    }

    public async Task RestoreEntryRule(string name)
    {
        var retired = state.State.RetiredRules.FirstOrDefault(r => SameName(r.Rule.Name, name))
            ?? throw (state.State.Rules.Any(r => SameName(r.Name, name))
                ? ContactCenterException.Conflict($"Entry rule '{name}' is not retired.")
                : ContactCenterException.NotFound("Retired entry rule", name));
        if (!state.State.Queues.ContainsKey(retired.Rule.QueueId))
            throw ContactCenterException.Conflict($"Entry rule '{name}' routes to queue '{retired.Rule.QueueId}', which is retired or gone; restore the queue first.");
        state.State.RetiredRules.Remove(retired);
        state.State.Rules.Insert(Math.Min(retired.Position, state.State.Rules.Count), retired.Rule);
        state.State.RuleAudit.Add(time.GetUtcNow(), AuditActions.Restore, retired.Rule.Name, null, AuditDiff.Rule(retired.Rule));
        await Save();
    }

    public Task<IReadOnlyList<EntryRule>> GetRetiredEntryRules() =>
        Task.FromResult<IReadOnlyList<EntryRule>>(state.State.RetiredRules.Select(r => r.Rule).ToArray());

    public Task<IReadOnlyList<AuditEntry>> GetEntryRuleAudit() => Task.FromResult(state.State.RuleAudit.NewestFirst());

    /// <summary>Names are the rules' identity; a retired name comes back only by an explicit restore.</summary>
    private void CheckRuleChange(IReadOnlyList<EntryRule> rules)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (rule, i) in rules.Select((r, i) => (r, i)))
        {
            if (string.IsNullOrWhiteSpace(rule.Name))
                throw ContactCenterException.Invalid($"rules[{i}].name", "Every entry rule needs a name: rules are retired, restored and audited by name.");
            if (!seen.Add(rule.Name.Trim()))
                throw ContactCenterException.Invalid($"rules[{i}].name", $"Entry rule names must be unique; '{rule.Name}' is used twice.");
            if (state.State.RetiredRules.Any(r => SameName(r.Rule.Name, rule.Name)))
                throw ContactCenterException.Conflict($"Entry rule '{rule.Name}' is retired; restore it (POST /api/entry-rules/{{name}}/restore) before changing it.");
            if (state.State.Queues.Count > 0 && !state.State.Queues.ContainsKey(rule.QueueId))
                throw ContactCenterException.Invalid($"rules[{i}].queueId", $"Queue '{rule.QueueId}' does not exist or is retired.");
        }
    }

    private void AuditRules(IReadOnlyList<EntryRule> rules)
    {
        var before = state.State.Rules.ToDictionary(r => r.Name.Trim(), StringComparer.OrdinalIgnoreCase);
        var after = rules.ToDictionary(r => r.Name.Trim(), StringComparer.OrdinalIgnoreCase);
        var changes = after.Select(a => (a.Key, Old: before.TryGetValue(a.Key, out var b) ? AuditDiff.Rule(b) : null, New: (string?)AuditDiff.Rule(a.Value)))
            .Concat(before.Where(b => !after.ContainsKey(b.Key)).Select(b => (b.Key, Old: (string?)AuditDiff.Rule(b.Value), New: (string?)null)))
            .Where(c => c.Old != c.New).ToList();
        var order = (Old: string.Join(", ", state.State.Rules.Select(r => r.Name)), New: string.Join(", ", rules.Select(r => r.Name)));
        if (order.Old != order.New && changes.Count == 0) changes.Add(("(order)", order.Old, order.New));
        state.State.RuleAudit.Add(time.GetUtcNow(), AuditActions.EntryRule, changes);
    }

    private static bool SameName(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}

/// <summary>A retired entry rule and the position it had, so a restore puts it back where it was.</summary>
[GenerateSerializer, Immutable, Alias("cc.retired-rule")]
public sealed record RetiredRule([property: Id(0)] EntryRule Rule, [property: Id(1)] int Position);
