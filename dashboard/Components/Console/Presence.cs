using ContactCenter.Contracts;

namespace ContactCenter.Dashboard.Components.Console;

/// <summary>
/// Which presence buttons the console shows, mirroring the agent grain's rules so a button is never offered
/// only to be refused: no Ready while holding work, no Log out while holding work, nothing while an offer rings.
/// </summary>
public static class Presence
{
    public static bool CanGoReady(AgentSnapshot agent) => agent.Presence == AgentPresence.NotReady;

    /// <summary>Ready and NotReady (to change the reason); during a call or wrap-up it takes effect afterwards.</summary>
    public static bool CanAskNotReady(AgentSnapshot agent) => agent.Presence switch
    {
        AgentPresence.Ready or AgentPresence.NotReady => true,
        AgentPresence.Busy or AgentPresence.WrapUp => agent.NotReadyReason is null,
        _ => false,
    };

    public static string NotReadyLabel(AgentSnapshot agent) => agent.Presence switch
    {
        AgentPresence.NotReady => "Change reason",
        AgentPresence.Busy or AgentPresence.WrapUp => "Not ready after this",
        _ => "Not ready",
    };

    public static bool CanLogOut(AgentSnapshot agent) =>
        agent.Presence is AgentPresence.Ready or AgentPresence.NotReady && agent.Work.Count == 0;
}
