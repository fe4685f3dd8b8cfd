using ContactCenter.Contracts.Validation;

namespace ContactCenter.Contracts;

/// <summary>A new interaction as a telephony, chat or email adapter reports it.</summary>
[GenerateSerializer, Immutable, Alias("cc.new-interaction")]
public sealed record NewInteraction(
    [property: Id(0)] Channel Channel,
    [property: Id(1)] string? CustomerId,
    [property: Id(2)] string? CallerId,
    [property: Id(3)] IReadOnlyDictionary<string, string> Attributes,
    [property: Id(4)] int? BasePriority = null,
    [property: Id(5)] string? QueueId = null,
    [property: Id(6)] IReadOnlyList<SkillRequirement>? ExtraSkills = null)
{
    public const int MinPriority = 0;
    public const int MaxPriority = 100;

    /// <summary>Throws ContactCenterException (Invalid) naming the first bad field.</summary>
    public void Validate()
    {
        if (!Enum.IsDefined(Channel)) throw ContactCenterException.Invalid("channel", "channel must be Voice, Chat, Email or Callback.");
        Ids.RequireOptional(CustomerId, "customerId");
        Bounds.RequireOptionalText(CallerId, "callerId", Bounds.MaxCallerId);
        Bounds.RequireAttributes(Attributes, "attributes");
        if (BasePriority is { } priority) Bounds.RequireRange(priority, "basePriority", MinPriority, MaxPriority);
        Ids.RequireOptional(QueueId, "queueId");
        if (ExtraSkills is null) return;
        Bounds.RequireNoNulls(ExtraSkills, "extraSkills");
        Bounds.RequireCount(ExtraSkills, "extraSkills", Bounds.MaxRequiredSkills);
        SkillNames.RequireDistinct(ExtraSkills.Select(s => s.Skill), "extraSkills");
        for (var i = 0; i < ExtraSkills.Count; i++) QueueConfig.RequireProficiency(ExtraSkills[i].MinProficiency, $"extraSkills[{i}].minProficiency");
    }

    /// <summary>
    /// Whether a retry asks for the same thing: the same channel, customer, caller, priority, queue and
    /// attributes (names compared without case, as they are matched).
    /// </summary>
    public bool SameRequestAs(NewInteraction other) =>
        Channel == other.Channel && CustomerId == other.CustomerId && CallerId == other.CallerId
        && BasePriority == other.BasePriority && QueueId == other.QueueId && SameAttributes(Attributes, other.Attributes)
        && (ExtraSkills ?? []).SequenceEqual(other.ExtraSkills ?? []);

    private static bool SameAttributes(IReadOnlyDictionary<string, string>? a, IReadOnlyDictionary<string, string>? b)
    {
        var left = new Dictionary<string, string>(a ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase);
        var right = b ?? new Dictionary<string, string>();
        return left.Count == right.Count && right.All(kv => left.TryGetValue(kv.Key, out var v) && v == kv.Value);
    }
}

/// <summary>Something that happened to an interaction, kept in its timeline.</summary>
[GenerateSerializer, Immutable, Alias("cc.interaction-event")]
public sealed record InteractionEvent(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] InteractionStatus Status,
    [property: Id(2)] string Detail);

/// <summary>An interaction at one instant, with its full timeline and routing decisions.</summary>
[GenerateSerializer, Immutable, Alias("cc.interaction-snapshot")]
public sealed record InteractionSnapshot(
    [property: Id(0)] string InteractionId,
    [property: Id(1)] Channel Channel,
    [property: Id(2)] string? CustomerId,
    [property: Id(3)] string? CallerId,
    [property: Id(4)] IReadOnlyDictionary<string, string> Attributes,
    [property: Id(5)] InteractionStatus Status,
    [property: Id(6)] string? QueueId,
    [property: Id(7)] string? AgentId,
    [property: Id(8)] DateTimeOffset CreatedAt,
    [property: Id(9)] DateTimeOffset? ConnectedAt,
    [property: Id(10)] DateTimeOffset? EndedAt,
    [property: Id(11)] string? WrapUpCode,
    [property: Id(12)] string? Notes,
    [property: Id(13)] IReadOnlyList<InteractionEvent> Timeline,
    [property: Id(14)] IReadOnlyList<RoutingDecision> Decisions,
    [property: Id(15)] QueueEntry? Entry,
    [property: Id(16)] CallState? Call = null,
    [property: Id(17)] CallbackInfo? Callback = null);
