namespace ContactCenter.Contracts;

/// <summary>
/// What a supervisor or admin changes on one agent. Each is one grain operation, validated by the agent
/// grain, so concurrent edits by two supervisors cannot lose each other. Every change is audited.
/// </summary>
public interface IAgentSupervision : IGrainWithStringKey
{
    /// <summary>Adds the skill or changes its proficiency; a proficiency outside 1..10 is refused (Invalid), never clamped.</summary>
    Task<AgentSnapshot> SetSkill(string skill, int proficiency);

    /// <summary>Removes one skill; NotFound when the agent does not have it, Conflict for the agent's last skill.</summary>
    Task<AgentSnapshot> RemoveSkill(string skill);

    /// <summary>Sets how much work of each channel the agent holds and whether voice and digital work blend; validated, audited.</summary>
    Task<AgentSnapshot> SetCapacity(ChannelCapacity capacity);

    /// <summary>
    /// Soft-deletes the agent: refused (Conflict, naming why) while it is logged in or holds work. A retired agent
    /// leaves the directory, routing and live lists; reading it says it is retired (NotFound).
    /// </summary>
    Task Retire();

    /// <summary>Brings a retired agent back, logged out, with its profile and skills.</summary>
    Task<AgentSnapshot> Reinstate();

    /// <summary>The audit trail, newest first (the newest 500 entries are kept). Readable after retirement.</summary>
    Task<IReadOnlyList<AuditEntry>> GetAudit();

    /// <summary>Whether the agent holds an offer, a call or a wrap-up from the queue (a queue asks before retiring).</summary>
    [AlwaysInterleave]
    Task<bool> HoldsWorkFrom(string queueId);
}

/// <summary>What a supervisor or admin changes on one queue, one operation per edit, audited by the queue.</summary>
public interface IQueueSupervision : IGrainWithStringKey
{
    /// <summary>Sets the service-level target and the maximum wait; invalid values are refused naming the field.</summary>
    Task<QueueSnapshot> SetServiceLevel(ServiceLevelTarget target, int maxWaitSeconds);

    /// <summary>Changes only the given targets (service level %, threshold, maximum wait, wrap-up limit).</summary>
    Task<QueueSnapshot> ChangeTargets(QueueTargetsChange change);

    /// <summary>
    /// Soft-deletes the queue: refused (Conflict, naming why) while interactions wait, are offered or are held by
    /// agents, while an entry rule routes to it, or while another queue overflows into it.
    /// </summary>
    Task Retire();

    /// <summary>Brings a retired queue back with its configuration.</summary>
    Task<QueueSnapshot> Reinstate();

    /// <summary>The audit trail, newest first (the newest 500 entries are kept). Readable after retirement.</summary>
    Task<IReadOnlyList<AuditEntry>> GetAudit();
}

/// <summary>Entry rules are identified by name (unique, case-insensitive); retiring and auditing them is the directory's.</summary>
public interface IEntryRuleSupervision : IGrainWithStringKey
{
    /// <summary>Removes the named rule from routing; NotFound for an unknown name.</summary>
    Task RetireEntryRule(string name);

    /// <summary>Puts a retired rule back at the position it had (or last).</summary>
    Task RestoreEntryRule(string name);

    /// <summary>Retired rules, for reading and restoring.</summary>
    Task<IReadOnlyList<EntryRule>> GetRetiredEntryRules();

    /// <summary>The entry rules' audit trail, newest first (newest 500 kept).</summary>
    Task<IReadOnlyList<AuditEntry>> GetEntryRuleAudit();

    /// <summary>
    /// Takes a queue out of the directory, refused (Conflict) while an entry rule routes to it or another queue
    /// overflows into it. Called by the queue itself when it retires.
    /// </summary>
    Task RetireQueue(string queueId);

    /// <summary>Takes an agent out of the directory (called by the agent itself when it retires).</summary>
    Task RetireAgent(string agentId);
}
