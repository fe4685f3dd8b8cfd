using ContactCenter.Contracts.Validation;

namespace ContactCenter.Contracts;

/// <summary>
/// How much concurrent work of each channel an agent may hold. By default channels do not mix: an agent works one
/// voice call, or up to Chat chats, or up to Email emails. With MixVoiceAndDigital the agent blends: digital work
/// (chat, email) and phone work (voice, callback) are held side by side, each channel up to its own capacity, with
/// at most one phone item (an agent has one headset). A channel whose capacity is 0 is never offered.
/// </summary>
[GenerateSerializer, Immutable, Alias("cc.channel-capacity")]
public sealed record ChannelCapacity(
    [property: Id(0)] int Voice = 1,
    [property: Id(1)] int Chat = 3,
    [property: Id(2)] int Email = 2,
    [property: Id(3)] int Callback = 1,
    [property: Id(4)] bool MixVoiceAndDigital = false)
{
    public static ChannelCapacity Default { get; } = new();

    public int For(Channel channel) => channel switch
    {
        Channel.Voice => Voice,
        Channel.Chat => Chat,
        Channel.Email => Email,
        Channel.Callback => Callback,
        _ => 0,
    };

    /// <summary>Voice and callbacks use the agent's phone; chats and emails are digital.</summary>
    public static bool IsPhone(Channel channel) => channel is Channel.Voice or Channel.Callback;

    /// <summary>
    /// Whether an agent holding <paramref name="held"/> (one channel per item) has room for one more item of
    /// <paramref name="channel"/>: the one rule the agent, the router's view of it and the console's transfer list share.
    /// </summary>
    public bool HasRoomFor(Channel channel, IReadOnlyCollection<Channel> held)
    {
        if (held.Count(c => c == channel) >= For(channel)) return false;
        if (!MixVoiceAndDigital) return held.All(c => c == channel);
        return !IsPhone(channel) || !held.Any(IsPhone) || held.All(c => c == channel);
    }

    /// <summary>Throws ContactCenterException (Invalid) naming the first bad field.</summary>
    public void Validate(int max)
    {
        foreach (var channel in Enum.GetValues<Channel>())
            if (For(channel) is < 0 || For(channel) > max)
                throw ContactCenterException.Invalid($"capacity.{channel.ToString().ToLowerInvariant()}", $"capacity per channel must be between 0 and {max}.");
        if (MixVoiceAndDigital && Voice + Callback == 0)
            throw ContactCenterException.Invalid("capacity.mixVoiceAndDigital", "mixing voice and digital work needs a voice or callback capacity above 0.");
        if (MixVoiceAndDigital && Chat + Email == 0)
            throw ContactCenterException.Invalid("capacity.mixVoiceAndDigital", "mixing voice and digital work needs a chat or email capacity above 0.");
    }
}

/// <summary>The configured, durable part of an agent.</summary>
[GenerateSerializer, Immutable, Alias("cc.agent-profile")]
public sealed record AgentProfile(
    [property: Id(0)] string AgentId,
    [property: Id(1)] string Name,
    [property: Id(2)] string Team,
    [property: Id(3)] IReadOnlyList<SkillLevel> Skills,
    [property: Id(4)] ChannelCapacity Capacity)
{
    public const int MaxCapacity = 20;

    /// <summary>Throws ContactCenterException (Invalid) naming the first bad field.</summary>
    public void Validate()
    {
        Ids.Require(AgentId, "agentId");
        Bounds.RequireText(Name, "name", Bounds.MaxName);
        Bounds.RequireOptionalText(Team, "team", Bounds.MaxName);
        Bounds.RequireNoNulls(Skills, "skills");
        Bounds.RequireCount(Skills, "skills", Bounds.MaxAgentSkills, min: 1);
        SkillNames.RequireDistinct(Skills.Select(s => s.Skill), "skills");
        foreach (var (skill, i) in Skills.Select((s, i) => (s, i)))
            QueueConfig.RequireProficiency(skill.Proficiency, $"skills[{i}].proficiency");
        QueueConfig.Require(Capacity is not null, "capacity", "capacity is required.");
        Capacity!.Validate(MaxCapacity);
    }
}
