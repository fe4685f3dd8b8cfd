using ContactCenter.Grains.Audit;
using ContactCenter.Grains.Storage;

namespace ContactCenter.Grains.Email;

/// <summary>The center's email routing rules, validated and audited here (the owner). Key: "center".</summary>
public sealed class EmailRoutingGrain(
    [PersistentState("email-routing", GrainStorage.Name)] IPersistentState<EmailRoutingState> state,
    TimeProvider time) : Grain, IEmailRoutingGrain
{
    public const string Key = "center";

    public Task<EmailRouting> Get() => state.State.Routing is { } routing
        ? Task.FromResult(routing)
        : throw new ContactCenterException(ErrorKind.NotFound, "No email routing is configured yet; PUT /api/email/rules first.");

    public async Task<EmailRouting> Put(EmailRouting routing)
    {
        if (routing is null) throw ContactCenterException.Invalid("body", "The email routing (rules and defaultQueueId) is required.");
        routing.Validate();
        var queues = (await GrainFactory.GetGrain<IRoutingDirectoryGrain>(RoutingDirectoryGrain.Key).GetQueues()).Select(q => q.QueueId).ToHashSet();
        if (!queues.Contains(routing.DefaultQueueId))
            throw ContactCenterException.Invalid("defaultQueueId", $"Queue '{routing.DefaultQueueId}' does not exist; configure it first.");
        for (var i = 0; i < routing.Rules.Count; i++)
            if (!queues.Contains(routing.Rules[i].QueueId))
                throw ContactCenterException.Invalid($"rules[{i}].queueId", $"Queue '{routing.Rules[i].QueueId}' does not exist; configure it first.");
        var stored = routing with { Rules = [.. routing.Rules], };
        Audit(state.State.Routing, stored);
        state.State.Routing = stored;
        await state.WriteStateAsync();
        return stored;
    }

    public Task<IReadOnlyList<AuditEntry>> GetAudit() => Task.FromResult(state.State.Audit.NewestFirst());

    /// <summary>One entry per rule added, changed or removed, one for the default queue and one for a new order.</summary>
    private void Audit(EmailRouting? before, EmailRouting after)
    {
        var old = (before?.Rules ?? []).ToDictionary(r => r.Name.Trim(), Describe, StringComparer.OrdinalIgnoreCase);
        var now = after.Rules.ToDictionary(r => r.Name.Trim(), Describe, StringComparer.OrdinalIgnoreCase);
        var changes = now.Select(n => (n.Key, Old: old.GetValueOrDefault(n.Key), New: (string?)n.Value))
            .Concat(old.Where(o => !now.ContainsKey(o.Key)).Select(o => (o.Key, Old: (string?)o.Value, New: (string?)null)))
            .Where(c => c.Old != c.New).ToList();
        if (before?.DefaultQueueId != after.DefaultQueueId) changes.Add(("defaultQueueId", before?.DefaultQueueId, after.DefaultQueueId));
        var order = (Old: string.Join(", ", (before?.Rules ?? []).Select(r => r.Name)), New: string.Join(", ", after.Rules.Select(r => r.Name)));
        if (order.Old != order.New && changes.Count == 0) changes.Add(("(order)", order.Old, order.New));
        state.State.Audit.Add(time.GetUtcNow(), AuditActions.EmailRule, changes);
    }

    private static string? Describe(EmailRoutingRule r)
    {
        var when = new[]
        {
            r.Mailbox is { } m ? $"to {m}" : null,
            r.SubjectKeywords.Count > 0 ? $"subject has {string.Join(" or ", r.SubjectKeywords)}" : null,
            r.BodyKeywords.Count > 0 ? $"body has {string.Join(" or ", r.BodyKeywords)}" : null,
        }.OfType<string>().ToArray();
        return $"{(when.Length == 0 ? "anything" : string.Join(", ", when))} → {r.QueueId}"
            + $"{(r.ExtraSkills.Count > 0 ? $" +{AuditDiff.Requirements(r.ExtraSkills)}" : "")}{(r.BasePriority != 0 ? $" priority {r.BasePriority}" : "")}";
    }
}

[GenerateSerializer, Alias("cc.email-routing-state")]
public sealed class EmailRoutingState
{
    [Id(0)] public EmailRouting? Routing { get; set; }
    [Id(1)] public AuditLog Audit { get; set; } = new();
}
