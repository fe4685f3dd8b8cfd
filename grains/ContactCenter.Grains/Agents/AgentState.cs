namespace ContactCenter.Grains.Agents;

/// <summary>The durable part of an agent: the profile. Presence and work are live state.</summary>
[GenerateSerializer, Alias("cc.agent-state")]
public sealed class AgentState
{
    [Id(0)] public AgentProfile? Profile { get; set; }
}
