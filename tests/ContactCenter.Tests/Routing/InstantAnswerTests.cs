namespace ContactCenter.Tests.Routing;

/// <summary>
/// The router tells the agent and the interaction of an offer at the same time, one-way. An agent answering
/// before the record reaches the interaction must be connected, and the late record must still land, never
/// leaving the interaction stranded as Offered to an agent that no longer holds it. These tests play the
/// two messages by hand, in the racy order.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class InstantAnswerTests(ClusterFixture fixture)
{
    private readonly CenterBuilder _center = new(fixture);

    /// <summary>A queued call, and a ready agent of another skill that no queue would offer it to.</summary>
    private async Task<(string Agent, InteractionSnapshot Call, Offer Offer)> OfferedButNotRecorded()
    {
        var queue = await _center.NewQueue(CenterBuilder.Skill("instant"));
        var agent = await _center.ReadyAgent((CenterBuilder.Skill("elsewhere"), 5));
        var call = await _center.Arrive(queue);
        var decision = new RoutingDecision(call.InteractionId, queue, agent, fixture.Time.GetUtcNow(), "arrival",
            new ScoreBreakdown(0, 0, 0, 0, 0), [], [new AgentCandidate(agent, 5, 0, true, "eligible")], [], "test");
        return (agent, call, new Offer(call.Entry!, fixture.Time.GetUtcNow(), 15, decision));
    }

    [Fact]
    public async Task An_answer_that_beats_the_offer_record_connects_the_call_and_the_record_still_lands()
    {
        var (agent, call, offer) = await OfferedButNotRecorded();
        Assert.Equal(InteractionStatus.Queued, call.Status);

        Assert.True(await _center.Agent(agent).TryReserve(offer));
        Assert.Equal(AgentPresence.Busy, (await _center.Agent(agent).Accept(call.InteractionId)).Presence);
        await _center.Interaction(call.InteractionId).Offered(offer);

        var record = await Eventually.Until(() => _center.Snapshot(call.InteractionId), r => r.Decisions.Count > 0, "the late offer record");
        Assert.Equal((InteractionStatus.Connected, agent), (record.Status, record.AgentId));
        Assert.Contains(record.Decisions, d => d.AgentId == agent && d.Reason == "test");
        Assert.Empty((await _center.Queue(call.QueueId!).GetSnapshot()).Waiting);
    }
}
