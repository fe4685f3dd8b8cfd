namespace ContactCenter.Grains.Agents;

/// <summary>
/// Surviving a silo's death (cluster mode). The presence an agent chose is stored. A grain reactivated on
/// another silo comes back NotReady ("reconnecting"), so no offer goes to a console that is not listening;
/// the agent's presence is restored as soon as its console subscribes again. Work lost with the old grain
/// is recovered from the interactions: offers by their audit, connected calls when the agent completes them.
/// </summary>
public sealed partial class AgentGrain
{
    public const string Reconnecting = "reconnecting";

    /// <summary>The presence to restore when the console is back; null when nothing is pending.</summary>
    private AgentPresence? _restoreTo;

    private async Task RestoreAfterFailover()
    {
        if (!recovery.Enabled || state.State.Profile is null || state.State.Chosen == AgentPresence.LoggedOut) return;
        await RefreshQueues();
        _restoreTo = state.State.Chosen;
        _work.SetBase(AgentPresence.NotReady, Reconnecting);
        Changed();
        logger.LogWarning("Agent {AgentId} reactivated after a silo failure; NotReady until its console reconnects (was {Presence})", AgentId, state.State.Chosen);
    }

    /// <summary>Called after the console subscribes: gives back the presence the agent had chosen.</summary>
    private async Task ResumeIfReconnecting()
    {
        if (_restoreTo is not { } presence || _work.Base != AgentPresence.NotReady || _work.Reason != Reconnecting) return;
        _restoreTo = null;
        _work.SetBase(presence, state.State.ChosenReason);
        Changed();
        logger.LogInformation("Agent {AgentId} reconnected; back to {Presence}", AgentId, presence);
        if (presence == AgentPresence.Ready) await PullWork();
        else await PublishAsync();
    }

    /// <summary>Stores the presence the agent (or a supervisor) chose, when it changed.</summary>
    private async Task RememberChoice()
    {
        _restoreTo = null;
        if (!recovery.Enabled || state.State.Profile is null) return;
        var (chosen, reason) = (_work.Base, _work.Reason);
        if (state.State.Chosen == chosen && state.State.ChosenReason == reason) return;
        (state.State.Chosen, state.State.ChosenReason) = (chosen, reason);
        await state.WriteStateAsync();
    }

    public Task<bool> Holds(string interactionId) => Task.FromResult(_work.Find(interactionId) is not null);

    public Task Announce()
    {
        _told = null;
        if (state.State.Profile is not null && _work.Base != AgentPresence.LoggedOut) PublishLater();
        return Task.CompletedTask;
    }

    /// <summary>
    /// The agent completes a call this grain does not know: its previous grain died with the call connected.
    /// The interaction's own stored record decides whether it is this agent's.
    /// </summary>
    private async Task<bool> CompleteOrphan(string interactionId, string? wrapUpCode, string? notes)
    {
        if (!recovery.Enabled) return false;
        var interaction = await Interaction(interactionId).GetSnapshot();
        if (interaction.AgentId != AgentId || interaction.Status is not (InteractionStatus.Connected or InteractionStatus.WrapUp)) return false;
        _counters = _counters with { Handled = _counters.Handled + 1 };
        await Interaction(interactionId).Completed(AgentId, wrapUpCode, notes);
        logger.LogWarning("Agent {AgentId} completed {InteractionId}, connected before a silo failure", AgentId, interactionId);
        Changed();
        if (interaction.QueueId is { } queueId && interaction.ConnectedAt is { } connectedAt)
            await CompletedToRouter(queueId, (time.GetUtcNow() - connectedAt).TotalSeconds);
        else await PullWorkAfter("completing an orphaned call");
        return true;
    }
}
