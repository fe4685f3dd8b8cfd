using ContactCenter.Grains.Routing;
using ContactCenter.Grains.Routing.Index;

namespace ContactCenter.Tests.Routing.Index;

/// <summary>The free-agent index ranks as the reference ranking does on thousands of random floors, after every step.</summary>
public sealed class FreeAgentIndexEquivalenceTests
{
    private static readonly string[] Ids = ["a", "b", "B", "c", "d9", "d10", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p"];
    private static readonly string[] Queues = ["q1", "q2", "q3"];

    [Fact]
    public void Best_and_counts_equal_the_reference_on_random_floors_with_a_moving_clock() => Seeds.Each(800, seed =>
    {
        var r = new RandomCenter(seed);
        var index = new FreeAgentIndex();
        var known = new Dictionary<string, (AgentAvailability Agent, IReadOnlyList<string> Queues)>(StringComparer.Ordinal);
        Requirements[] requirements = [.. Enumerable.Range(0, 4).Select(_ => Requirement(r))];
        RetentionPreference?[] retention = [null, r.Retention(), r.Retention()];
        var now = RandomCenter.Start;
        for (var step = 0; step < 40; step++)
        {
            var op = r.Next(6);
            if (op <= 2)
            {
                var agent = r.Agent(r.Pick(Ids), now, step);
                IReadOnlyList<string> queues = [.. Queues.Where(_ => r.Chance(0.5)), .. r.Chance(0.1) ? Queues[..1] : []];
                index.Set(agent, queues);
                known[agent.AgentId] = (agent, queues);
            }
            else if (op == 3)
            {
                var id = r.Pick(Ids);
                index.Remove(id);
                known.Remove(id);
            }
            else now = r.Step(now, null);
            Check(r, index, known, requirements, retention, now);
        }
    });

    private static Requirements Requirement(RandomCenter r) =>
        new(r.Requirements(), [.. Enumerable.Range(0, r.Next(3)).Select(_ => new SkillRequirement(r.Pick(["sales", "Tech", "billing"]), 1 + r.Next(10)))]);

    private static void Check(RandomCenter r, FreeAgentIndex index, Dictionary<string, (AgentAvailability Agent, IReadOnlyList<string> Queues)> known,
        Requirements[] requirements, RetentionPreference?[] retention, DateTimeOffset now)
    {
        var free = known.Values.Where(a => a.Agent.OpenChannels.Count > 0).ToList();
        Assert.Equal(known.Count, index.KnownCount);
        Assert.Equal(free.Count, index.FreeCount);
        Assert.Equal(free.Count > 0, index.AnyFree);
        foreach (var q in Queues) Assert.Equal(free.Count(a => a.Queues.Contains(q)), index.FreeIn(q));
        for (var i = 0; i < 4; i++)
        {
            var (channel, need, prefer, top) = (r.AnyChannel(), r.Pick(requirements), r.Pick(retention), r.Next(5));
            var expected = ReferenceRouting.Best(known.Values.Select(a => a.Agent), channel, need, now, prefer, top);
            var actual = index.Best(channel, need, now, prefer, top);
            Assert.Equal(expected.Best, actual.Best);
            Assert.Equal(expected.RetentionFirst, actual.RetentionFirst);
            Assert.Equal(expected.Top, actual.Top);
            Assert.Equal(expected.EligibleCount, actual.EligibleCount);
        }
    }
}
