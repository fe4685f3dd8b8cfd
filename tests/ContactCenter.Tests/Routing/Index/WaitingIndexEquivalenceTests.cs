using ContactCenter.Grains.Routing.Index;

namespace ContactCenter.Tests.Routing.Index;

/// <summary>The waiting index gives the reference's answers on thousands of random queues, after every step.</summary>
public sealed class WaitingIndexEquivalenceTests
{
    [Fact]
    public void Every_answer_equals_the_reference_on_random_queues_with_a_moving_clock() => Seeds.Each(1_200, seed => Run(new RandomCenter(seed)));

    [Fact]
    public void Floating_point_near_ties_are_decided_as_the_reference_decides() => Seeds.Each(400, seed => Run(new RandomCenter(seed, tieProne: true)));

    private static void Run(RandomCenter r)
    {
        var config = r.Config();
        var index = new WaitingIndex(config);
        var waiting = new Dictionary<string, QueueEntry>(StringComparer.Ordinal);
        var now = RandomCenter.Start;
        for (var step = 0; step < 40; step++)
        {
            Act(r, index, waiting, ref config, ref now, step);
            Check(r, index, waiting.Values, config, now);
        }
    }

    private static void Act(RandomCenter r, WaitingIndex index, Dictionary<string, QueueEntry> waiting, ref QueueConfig config, ref DateTimeOffset now, int step)
    {
        var op = r.Next(12);
        if (op <= 3 || waiting.Count == 0)
            Add(index, waiting, r.Entry($"i{step}", now));
        else if (op == 4)
        {
            var old = r.Pick(waiting.Values.ToList());
            Add(index, waiting, old with { AtFront = !old.AtFront, QueuedAt = r.Chance(0.5) ? now : old.QueuedAt, BasePriority = r.Next(3) });
        }
        else if (op == 5)
        {
            var id = r.Pick(waiting.Keys.ToList());
            Assert.True(index.Remove(id));
            waiting.Remove(id);
            Assert.False(index.Remove(id));
        }
        else if (op == 6)
        {
            var due = ReferenceRouting.Overdue(waiting.Values, config, now).Select(e => e.InteractionId).ToList();
            Assert.Equal(due, index.Advance(now).Select(e => e.InteractionId));
            Assert.Equal(due, index.Advance(now).Select(e => e.InteractionId));
            foreach (var id in due.Where(_ => r.Chance(0.7))) Assert.True(index.Remove(id) && waiting.Remove(id));
        }
        else if (op == 7 && r.Chance(0.2))
        {
            config = r.Config();
            index.Reconfigure(config);
        }
        else now = r.Step(now, ReferenceRouting.NextDue(waiting.Values, config, now));
    }

    private static void Add(WaitingIndex index, Dictionary<string, QueueEntry> waiting, QueueEntry entry)
    {
        index.Add(entry);
        waiting[entry.InteractionId] = entry;
    }

    private static void Check(RandomCenter r, WaitingIndex index, ICollection<QueueEntry> waiting, QueueConfig config, DateTimeOffset now)
    {
        Assert.Equal(waiting.Count, index.Count);
        Assert.Equal(waiting.Count == 0 ? null : waiting.Min(e => e.ArrivedAt), index.OldestArrival);
        Assert.Equal(ReferenceRouting.NextDue(waiting, config, now), index.NextDue(now));
        var at = r.Chance(0.1) ? now.AddTicks(-r.Next(100_000_000)) : now; // now and then, a late question about the past
        Assert.Equal(
            ReferenceRouting.Heads(waiting, config, at).Select(h => (h.Entry.InteractionId, h.Score, h.Requirements.Key)),
            index.Heads(at).Select(h => (h.Entry.InteractionId, h.Score, h.Requirements.Key)));
        for (var i = 0; i < 3; i++)
        {
            var agent = r.Agent($"a{i}", at, 1);
            var expected = ReferenceRouting.BestFor(waiting, config, agent, at);
            var actual = index.BestFor(agent, at);
            Assert.Equal(expected?.Entry.InteractionId, actual?.Entry.InteractionId);
            Assert.Equal(expected?.Score, actual?.Score);
        }
    }
}
