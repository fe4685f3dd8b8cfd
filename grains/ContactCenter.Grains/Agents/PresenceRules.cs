namespace ContactCenter.Grains.Agents;

/// <summary>
/// The transitions an agent (or a supervisor for them) may ask for. Reserved, Busy and WrapUp are
/// entered by routing, never requested. Asking for NotReady while Busy or in WrapUp is allowed and
/// takes effect when the work ends.
/// </summary>
public static class PresenceRules
{
    private static readonly Dictionary<AgentPresence, AgentPresence[]> Allowed = new()
    {
        [AgentPresence.NotReady] = [AgentPresence.LoggedOut, AgentPresence.Ready, AgentPresence.NotReady, AgentPresence.Busy, AgentPresence.WrapUp],
        [AgentPresence.Ready] = [AgentPresence.NotReady, AgentPresence.Ready],
        [AgentPresence.LoggedOut] = [AgentPresence.Ready, AgentPresence.NotReady],
    };

    public static bool CanRequest(AgentPresence from, AgentPresence to) =>
        Allowed.TryGetValue(to, out var sources) && sources.Contains(from);

    public static void EnsureCanRequest(string agentId, AgentPresence from, AgentPresence to)
    {
        if (!CanRequest(from, to)) throw Refused(agentId, from, to);
    }

    public static ContactCenterException Refused(string agentId, AgentPresence from, AgentPresence to, string? why = null) =>
        ContactCenterException.Conflict($"Agent '{agentId}' cannot go from {from} to {to}{(why is null ? "." : $": {why}")}");
}
