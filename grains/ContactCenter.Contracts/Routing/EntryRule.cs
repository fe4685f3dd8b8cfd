using ContactCenter.Contracts.Validation;

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
    [property: Id(5)] int BasePriority = 0)
{
    /// <summary>Checks one rule; <paramref name="at"/> is its JSON path, such as "rules[2]". Whether its queue exists is the directory's question.</summary>
    public void Validate(string at)
    {
        Bounds.RequireOptionalText(Name, $"{at}.name", Bounds.MaxName);
        Ids.Require(QueueId, $"{at}.queueId");
        if (Channel is { } channel && !Enum.IsDefined(channel))
            throw ContactCenterException.Invalid($"{at}.channel", "channel must be Voice, Chat, Email or Callback.");
        Bounds.RequireRange(BasePriority, $"{at}.basePriority", NewInteraction.MinPriority, NewInteraction.MaxPriority);
        if (Match is null) throw ContactCenterException.Invalid($"{at}.match", "Every entry rule needs a match (it may be empty: {}).");
        Bounds.RequireAttributes(Match, $"{at}.match");
        Bounds.RequireNoNulls(ExtraSkills, $"{at}.extraSkills");
        Bounds.RequireCount(ExtraSkills, $"{at}.extraSkills", Bounds.MaxRequiredSkills);
        SkillNames.RequireDistinct((ExtraSkills ?? []).Select(s => s.Skill), $"{at}.extraSkills");
        foreach (var (skill, j) in (ExtraSkills ?? []).Select((s, j) => (s, j)))
            QueueConfig.RequireProficiency(skill.MinProficiency, $"{at}.extraSkills[{j}].minProficiency");
    }

    /// <summary>Checks the whole ordered list, naming fields rules[i].field.</summary>
    public static void ValidateAll(IReadOnlyList<EntryRule>? rules)
    {
        if (rules is null) throw ContactCenterException.Invalid("rules", "A list of entry rules is required (it may be empty).");
        Bounds.RequireNoNulls(rules, "rules");
        Bounds.RequireCount(rules, "rules", Bounds.MaxEntryRules);
        for (var i = 0; i < rules.Count; i++) rules[i].Validate($"rules[{i}]");
    }
}

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
