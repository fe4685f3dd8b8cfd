namespace ContactCenter.Grains.Agents;

/// <summary>
/// The durable part of an agent: the profile and, in cluster mode, the presence the agent last chose
/// (so a silo's death does not sign anyone out). Work in hand is live state.
/// </summary>
[GenerateSerializer, Alias("cc.agent-state")]
public sealed class AgentState
{
    [Id(0)] public AgentProfile? Profile { get; set; }
    [Id(1)] public AgentPresence Chosen { get; set; } = AgentPresence.LoggedOut;
    [Id(2)] public string? ChosenReason { get; set; }
    [Id(3)] public Audit.AuditLog Audit { get; set; } = new();
}
