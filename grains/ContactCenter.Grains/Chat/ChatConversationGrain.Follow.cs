namespace ContactCenter.Grains.Chat;

/// <summary>
/// Following the interaction: the interaction tells this grain of every change of status, agent or queue
/// (<see cref="InteractionChanged"/>); only while the chat waits does a short timer ask the router for its place. Both
/// sides hear what changed, and once the interaction completed the transcript goes on the linked cases.
/// </summary>
public sealed partial class ChatConversationGrain
{
    public static readonly TimeSpan FollowEvery = TimeSpan.FromSeconds(2);

    /// <summary>Cases of the customer searched for a link to this chat: the most recently updated.</summary>
    public const int CasesSearched = 20;

    private IGrainTimer? _timer;
    private QueuePlace? _place;

    public Task InteractionChanged(InteractionSnapshot interaction)
    {
        if (!S.Exists || interaction.InteractionId != Id) return Task.CompletedTask;
        return S.Finished ? FileTranscript() : Follow(interaction);
    }

    /// <summary>While the chat waits, its place in queue is read every few seconds; nothing runs once an agent has it.</summary>
    private void StartFollowing() => _timer ??= this.RegisterGrainTimer(_ => Follow(),
        new GrainTimerCreationOptions(FollowEvery, FollowEvery) { KeepAlive = true });

    private void StopFollowing()
    {
        _timer?.Dispose();
        _timer = null;
    }

    private async Task Follow()
    {
        if (!S.Exists) return;
        if (S.Finished) { await FileTranscript(); return; }
        InteractionSnapshot interaction;
        try { interaction = await Interaction.GetSnapshot(); }
        catch (ContactCenterException e) when (e.Kind == ErrorKind.NotFound)
        {
            logger.LogWarning("Chat {InteractionId} follows an interaction that is gone: {Reason}", Id, e.Message);
            return;
        }
        await Follow(interaction);
    }

    private async Task Follow(InteractionSnapshot interaction)
    {
        await Apply(interaction, customerLeft: false);
        if (S.Finished || interaction.Status != InteractionStatus.Queued)
        {
            _place = null;
            StopFollowing();
            return;
        }
        StartFollowing();
        var place = await GrainFactory.GetGrain<IRouterGrain>(RouterKey.Center).GetPlace(Id);
        if (place == _place) return;
        _place = place;
        PublishStatus();
    }

    /// <summary>Takes in the interaction's status: an agent joined, or the chat is over for both sides.</summary>
    private async Task Apply(InteractionSnapshot interaction, bool customerLeft)
    {
        var joined = interaction.Status == InteractionStatus.Connected && interaction.AgentId is { } agentId && agentId != S.AgentId;
        var over = !S.Finished && (customerLeft || interaction.Status == InteractionStatus.WrapUp || interaction.Status.IsTerminal());
        var changed = joined || over || interaction.Status != S.Status || interaction.QueueId != S.QueueId;
        (S.Status, S.QueueId) = (interaction.Status, interaction.QueueId);
        if (joined)
        {
            (S.AgentId, S.AgentName) = (interaction.AgentId, await AgentName(interaction.AgentId!));
            Add(ChatSender.System, null, $"{S.AgentName} joined the chat.");
        }
        if (over)
        {
            S.Finished = true;
            if (!customerLeft) Add(ChatSender.System, null, S.AgentName is { } name ? $"{name} ended the chat." : "The chat has ended.");
        }
        if (!changed) return;
        await state.WriteStateAsync();
        PublishStatus();
        if (S.Finished) await FileTranscript();
    }

    /// <summary>Once the interaction completed: the customer's cases that link this chat get its transcript, once.</summary>
    private async Task FileTranscript()
    {
        if (S.Filed) return;
        var interaction = await Interaction.GetSnapshot();
        if (!interaction.Status.IsTerminal()) return;
        if (interaction.Status == InteractionStatus.Completed && S.CustomerId is { } customerId)
        {
            var cases = await GrainFactory.GetGrain<ICustomerGrain>(customerId).GetCases(openOnly: false);
            var snapshots = await Task.WhenAll(cases.Take(CasesSearched).Select(c => GrainFactory.GetGrain<ICaseGrain>(c.CaseId).GetSnapshot()));
            foreach (var linked in snapshots.Where(c => c.InteractionIds.Contains(Id)))
                await GrainFactory.GetGrain<ICaseGrain>(linked.CaseId).AddTranscript(Id, Summary());
        }
        S.Filed = true;
        await state.WriteStateAsync();
        StopFollowing();
    }

    private string Summary()
    {
        var said = S.Messages.Where(m => m.From != ChatSender.System).ToList();
        var first = said.FirstOrDefault(m => m.From == ChatSender.Customer)?.Text ?? "";
        if (first.Length > 200) first = first[..200] + "…";
        return $"Chat with {S.Name} about {S.Topic}, answered by {S.AgentName ?? "nobody"}: {said.Count} message(s). First: \"{first}\"";
    }

    private async Task<string> AgentName(string agentId)
    {
        try { return (await GrainFactory.GetGrain<IAgentGrain>(agentId).GetSnapshot()).Profile.Name; }
        catch (ContactCenterException) { return "An agent"; }
    }

    private void PublishStatus() => live.Publish(new ChatEvent(Id, ChatEventKind.Status, time.GetUtcNow(), Status: S.Status,
        AgentName: S.AgentName, PlaceInQueue: _place?.Place, EstimatedWaitSeconds: _place?.EstimatedWaitSeconds, Ended: S.Finished));
}
