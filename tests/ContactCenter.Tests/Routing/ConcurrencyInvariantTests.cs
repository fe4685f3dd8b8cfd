namespace ContactCenter.Tests.Routing;

/// <summary>
/// Hundreds of simultaneous arrivals, ready events, accepts, hang-ups and completions, checking the
/// invariants of DESIGN.md at every step: no agent over capacity, no interaction offered to two agents,
/// and every interaction in exactly one terminal state once the run drains.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ConcurrencyInvariantTests(ClusterFixture fixture)
{
    private const int Interactions = 360;
    private const int Agents = 40;
    private const int MaxRounds = 400;
    private readonly CenterBuilder _center = new(fixture);

    [Fact]
    public async Task A_burst_of_arrivals_and_ready_events_keeps_every_invariant_and_drains()
    {
        var random = new Random(7);
        var skills = Enumerable.Range(0, 3).Select(i => CenterBuilder.Skill($"skill{i}")).ToArray();
        var queues = await Task.WhenAll(skills.Select(s => _center.NewQueue(s, 3)));
        var agents = await Task.WhenAll(Enumerable.Range(0, Agents).Select(_ =>
            _center.NewAgent(skills.Where(_ => random.NextDouble() < 0.6).DefaultIfEmpty(skills[0])
                .Select(s => (s, random.Next(3, 11))).ToArray())));
        var ids = Enumerable.Range(0, Interactions).Select(_ => CenterBuilder.Key("burst")).ToArray();

        await Task.WhenAll(ids.Select((id, i) => (Task)_center.Interaction(id).Create(
                new NewInteraction((Channel)(i % 3), null, null, new Dictionary<string, string>(), i % 4, queues[i % 3])))
            .Concat(agents.Select(a => (Task)_center.Agent(a).SetReady())));

        var drained = false;
        for (var round = 0; round < MaxRounds && !drained; round++)
        {
            var snapshots = await Task.WhenAll(agents.Select(a => _center.Agent(a).GetSnapshot()));
            AssertInvariants(snapshots);
            var work = snapshots.SelectMany(s => s.Work.Select(w => (Agent: s.Profile.AgentId, Item: w))).ToList();
            if (work.Count == 0)
            {
                drained = (await Task.WhenAll(ids.Select(_center.Snapshot))).All(s => s.Status.IsTerminal());
                await Task.WhenAll(snapshots.Where(s => s.Presence == AgentPresence.NotReady).Select(s => _center.Agent(s.Profile.AgentId).SetReady()));
                continue;
            }
            await Task.WhenAll(work.Select(w => Step(w.Agent, w.Item, random.Next(10))).Concat(HangUpSomeWaiting(ids, round)));
        }

        Assert.True(drained, "the run did not drain within the bounded number of rounds");
        var final = await Task.WhenAll(ids.Select(_center.Snapshot));
        Assert.All(final, s => Assert.Single(s.Timeline, e => e.Status.IsTerminal()));
        Assert.Equal(Interactions, final.Count(s => s.Status is InteractionStatus.Completed or InteractionStatus.Abandoned));
        foreach (var queue in queues) Assert.Empty((await _center.Queue(queue).GetSnapshot()).Waiting);
    }

    private static void AssertInvariants(AgentSnapshot[] snapshots)
    {
        foreach (var agent in snapshots.Where(s => s.Work.Count > 0))
        {
            Assert.Single(agent.Work.Select(w => w.Channel).Distinct());
            Assert.True(agent.Work.Count <= agent.Profile.Capacity.For(agent.Work[0].Channel), $"{agent.Profile.AgentId} is over capacity");
            Assert.True(agent.Work.Count(w => w.Status == WorkStatus.Offered) <= 1, $"{agent.Profile.AgentId} holds two offers");
        }
        var held = snapshots.SelectMany(s => s.Work.Select(w => w.InteractionId)).ToList();
        Assert.Equal(held.Count, held.Distinct().Count());
    }

    /// <summary>One step for one piece of work; a refusal (the caller hung up meanwhile) is a legitimate outcome.</summary>
    private async Task Step(string agentId, WorkItem item, int roll)
    {
        try
        {
            if (item.Status == WorkStatus.Offered && roll == 0) await _center.Interaction(item.InteractionId).Abandon();
            else if (item.Status == WorkStatus.Offered) await _center.Agent(agentId).Accept(item.InteractionId);
            else if (item.Status == WorkStatus.Connected) await _center.Interaction(item.InteractionId).Ended();
            else await _center.Agent(agentId).Complete(item.InteractionId, "resolved", null);
        }
        catch (ContactCenterException e) when (e.Kind == ErrorKind.Conflict) { }
    }

    private IEnumerable<Task> HangUpSomeWaiting(string[] ids, int round) =>
        round % 5 != 1 ? [] : ids.Where((_, i) => (i + round) % 37 == 0).Select(async id =>
        {
            try { await _center.Interaction(id).Abandon(); }
            catch (ContactCenterException e) when (e.Kind == ErrorKind.Conflict) { }
        });
}
