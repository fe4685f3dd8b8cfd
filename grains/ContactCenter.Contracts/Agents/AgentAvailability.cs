namespace ContactCenter.Contracts;

/// <summary>
/// What a queue needs to know to choose an agent: skills, idle time and free room per channel.
/// Version grows with every change, so a queue can drop an update that arrives late.
/// </summary>
[GenerateSerializer, Immutable, Alias("cc.agent-availability")]
public sealed record AgentAvailability(
    [property: Id(0)] string AgentId,
    [property: Id(1)] long Version,
    [property: Id(2)] IReadOnlyList<SkillLevel> Skills,
    [property: Id(3)] DateTimeOffset? IdleSince,
    [property: Id(4)] IReadOnlyList<Channel> OpenChannels)
{
    public bool CanTake(Channel channel) => OpenChannels.Contains(channel);
}
