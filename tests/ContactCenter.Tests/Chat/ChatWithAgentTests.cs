namespace ContactCenter.Tests.Chat;

[Collection(ClusterCollection.Name)]
public sealed class ChatWithAgentTests(ClusterFixture fixture)
{
    private readonly ChatWorld _world = new(fixture);

    [Fact]
    public async Task An_agent_joins_both_sides_write_and_completing_files_the_transcript_on_the_case_and_the_history()
    {
        var (queue, skill, topic) = await _world.Desk();
        var agentId = await _world.Center.ReadyAgent((skill, 5));
        var customer = await _world.Center.NewCustomer(2_000);
        var (id, _, _) = await _world.Start(topic, customerRef: customer, first: "Where is my refund?");
        await Eventually.Until(() => _world.Center.Snapshot(id), s => s.Status == InteractionStatus.Offered, "the chat offered");
        await _world.Center.Agent(agentId).Accept(id);

        var joined = await _world.Chat(id).GetView();
        Assert.Equal((InteractionStatus.Connected, agentId, agentId), (joined.Status, joined.AgentId, joined.AgentName));
        Assert.Null(joined.PlaceInQueue);
        Assert.Contains(joined.Messages, m => m.From == ChatSender.System && m.Text.Contains("joined"));
        await _world.Chat(id).PostFromAgent(agentId, "Let me check that for you.");
        var both = await _world.Chat(id).PostFromCustomer("Thanks");
        Assert.Equal([ChatSender.Customer, ChatSender.Agent, ChatSender.Customer],
            both.Messages.Where(m => m.From != ChatSender.System).Select(m => m.From));
        var stranger = await Assert.ThrowsAsync<ContactCenterException>(() => _world.Chat(id).PostFromAgent(CenterBuilder.Key("agent"), "hi"));
        Assert.Equal(ErrorKind.Conflict, stranger.Kind);

        var caseId = CenterBuilder.Key("case");
        await _world.Grains.GetGrain<ICaseGrain>(caseId).Create(new CaseDraft(customer, "Refund", queue, Origin: Channel.Chat));
        await _world.Grains.GetGrain<ICaseGrain>(caseId).LinkInteraction(id);
        await _world.Center.Agent(agentId).Complete(id, "resolved", null);

        var ended = await Eventually.Until(() => _world.Chat(id).GetView(), v => v.Ended, "the chat ended");
        Assert.Contains(ended.Messages, m => m.From == ChatSender.System && m.Text.Contains("ended the chat"));
        var timeline = await Eventually.Until(() => _world.Grains.GetGrain<ICaseGrain>(caseId).GetSnapshot(),
            c => c.Timeline.Any(e => e.Kind == CaseEventKind.ChatTranscript), "the transcript on the case");
        var entry = timeline.Timeline.Single(e => e.Kind == CaseEventKind.ChatTranscript);
        Assert.Equal(id, entry.Reference);
        Assert.Contains("Where is my refund?", entry.Detail);
        var history = await Eventually.Until(() => _world.Center.Customer(customer).GetSnapshot(),
            c => c.RecentContacts.Any(r => r.InteractionId == id), "the chat in the customer's history");
        Assert.Equal(id, history.RecentContacts.Single(r => r.InteractionId == id).TranscriptId);
        await Assert.ThrowsAsync<ContactCenterException>(() => _world.Chat(id).PostFromAgent(agentId, "one more thing"));
    }

    [Fact]
    public async Task Leaving_a_connected_chat_ends_it_and_puts_the_agent_in_wrap_up()
    {
        var (_, skill, topic) = await _world.Desk();
        var agentId = await _world.Center.ReadyAgent((skill, 5));
        var (id, _, _) = await _world.Start(topic);
        await Eventually.Until(() => _world.Center.Snapshot(id), s => s.Status == InteractionStatus.Offered, "the chat offered");
        await _world.Center.Agent(agentId).Accept(id);

        var left = await _world.Chat(id).Leave();
        Assert.True(left.Ended);
        Assert.Equal(InteractionStatus.WrapUp, (await _world.Center.Snapshot(id)).Status);
        Assert.Equal(AgentPresence.WrapUp, await _world.Center.PresenceOf(agentId));
    }
}
