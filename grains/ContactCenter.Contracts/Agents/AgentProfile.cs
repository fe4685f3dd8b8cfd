using ContactCenter.Contracts.Validation;

namespace ContactCenter.Contracts;

/// <summary>
/// How much concurrent work of each channel an agent may hold. Channels do not mix:
/// an agent works one voice call, or up to Chat chats, or up to Email emails.
/// </summary>
[GenerateSerializer, Immutable, Alias("cc.channel-capacity")]
public sealed record ChannelCapacity(
    [property: Id(0)] int Voice = 1,
    [property: Id(1)] int Chat = 3,
    [property: Id(2)] int Email = 2,
    [property: Id(3)] int Callback = 1)
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
        foreach (var channel in Enum.GetValues<Channel>())
            QueueConfig.Require(Capacity!.For(channel) is >= 0 and <= MaxCapacity, $"capacity.{channel.ToString().ToLowerInvariant()}",
                $"capacity per channel must be between 0 and {MaxCapacity}.");
    }
}
