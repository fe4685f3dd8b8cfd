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
    [property: Id(4)] ChannelCapacity Capacity);
