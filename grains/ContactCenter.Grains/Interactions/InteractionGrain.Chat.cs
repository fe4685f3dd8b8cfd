using ContactCenter.Grains.Routing;

namespace ContactCenter.Grains.Interactions;

/// <summary>
/// A chat's conversation grain hears of every change of status, agent or queue, one-way, after the call that made it:
/// pushed from here, so no open chat polls its interaction.
/// </summary>
public sealed partial class InteractionGrain : IIncomingGrainCallFilter
{
    private (InteractionStatus Status, string? AgentId, string? QueueId) _toldChat;

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        await context.Invoke();
        if (!S.Exists || S.Channel != Channel.Chat) return;
        var now = (S.Status, S.AgentId, S.QueueId);
        if (now == _toldChat) return;
        _toldChat = now;
        FireAndForget.Run(GrainFactory.GetGrain<IChatConversationGrain>(Id).InteractionChanged(S.ToSnapshot(Id)), logger, "tell the chat of a change");
    }
}
