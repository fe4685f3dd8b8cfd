using ContactCenter.Contracts;
using System.Diagnostics;
using ContactCenter.Grains.Routing;
using ContactCenter.Grains.Routing.Index;
using ContactCenter.Load.ChurnBench;
using ContactCenter.Load.Results;

namespace ContactCenter.Load.IndexBench;

/// <summary>
/// Times the routing indices on one large queue: an agent becoming ready (Set, then BestFor over the waiting work), an
/// arrival's best free agent, Add and Remove, and Advance with the clock moving; and, for contrast, a few runs of the
/// O(n) ordering and ranking they replace.
/// </summary>
internal static class IndexBenchRunner
{
    private const int ReferenceRepetitions = 20;

    public static async Task<int> RunAsync(IndexBenchOptions options, CancellationToken ct)
    {
        var load = ChurnBenchResult.ReadLoadAverage();
        // A small floor first, discarded, so the first size is not timed while the JIT is still tiering the code up.
        _ = Measure(new IndexFloor(1_000, 100, options.Seed), options with { Repetitions = Math.Max(1, options.Repetitions / 5) }, 100).ToList();
        var measurements = new List<IndexMeasurement>();
        foreach (var agents in options.Agents)
        {
            var floor = new IndexFloor(options.Waiting, agents, options.Seed);
            measurements.AddRange(Measure(floor, options, agents));
        }
        var result = new IndexBenchResult(measurements, MeasureMemory(options), TimeProvider.System.GetUtcNow(), MachineInfo.Current(), load);
        await IndexBenchReport.WriteAsync(result, options.Output, ct);
        IndexBenchReport.Print(result, options.Output.FullName);
        return 0;
    }

    private static IEnumerable<IndexMeasurement> Measure(IndexFloor floor, IndexBenchOptions options, int agents)
    {
        var reps = options.Repetitions;
        var now = IndexFloor.Start;
        var r = floor.Random;
        IndexMeasurement Timed(string name, int count, Action<int> op, Action? untimed = null) =>
            new(name, options.Waiting, agents, count, Time(count, op, untimed));

        // The clock moves 1 ms per event, as it does between real events: an agent ready at exactly the instant of a
        // later question ties at idle 0 with the not-idle ones, a tier RankedPool scans (see its remarks).
        yield return Timed("agent ready: Set + BestFor", reps, _ =>
        {
            now = now.AddMilliseconds(1);
            var agent = floor.Agents[r.Next(floor.Agents.Count)];
            var ready = agent with { Version = agent.Version + 1, IdleSince = now, OpenChannels = [Channel.Voice, Channel.Chat] };
            floor.Free.Set(ready, IndexFloor.Queues);
            floor.Waiting.BestFor(ready, now);
        });
        var entries = floor.Waiting.Entries.ToList();
        yield return Timed("arrival: FreeAgentIndex.Best", reps, _ =>
        {
            var entry = entries[r.Next(entries.Count)];
            floor.Free.Best(entry.Channel, floor.Waiting.RequirementsNow(entry, now), now, r.Next(4) == 0 ? IndexFloor.Config.Retention : null);
        });
        var added = new List<QueueEntry>();
        yield return Timed("WaitingIndex.Add", reps, _ => { var e = floor.NewEntry(now); added.Add(e); floor.Waiting.Add(e); });
        var removing = 0;
        yield return Timed("WaitingIndex.Remove", reps, _ => floor.Waiting.Remove(added[removing++].InteractionId));
        // As the router does: what Advance lists as overdue leaves (untimed here), and new arrivals keep the size.
        IReadOnlyList<QueueEntry> overdue = [];
        yield return Timed("Advance (+50 ms) + NextDue", reps, _ =>
        {
            now = now.AddMilliseconds(50);
            overdue = floor.Waiting.Advance(now);
            floor.Waiting.NextDue(now);
        }, () =>
        {
            foreach (var e in overdue) floor.Waiting.Remove(e.InteractionId);
            foreach (var _ in overdue) floor.Waiting.Add(floor.NewEntry(now));
            overdue = [];
        });
        var agent = floor.Agents[0] with { OpenChannels = [Channel.Voice, Channel.Chat] };
        yield return Timed("old: BestFor by full ordering", ReferenceRepetitions, _ =>
        {
            foreach (var x in floor.Waiting.Ordered(now))
                if (agent.CanTake(x.Entry.Channel) && floor.Waiting.RequirementsNow(x.Entry, now).ProficiencyOf(agent.Skills) is not null) break;
        });
        var billing = floor.Waiting.RequirementsNow(entries[0], now);
        yield return Timed("old: AgentRanking.Rank", ReferenceRepetitions, _ =>
            AgentRanking.Rank(floor.Free.Known.Where(a => a.OpenChannels.Count > 0), Channel.Voice, billing, now));
    }

    private static IndexMemory MeasureMemory(IndexBenchOptions options)
    {
        var agents = options.Agents.Max();
        var source = new IndexFloor(options.Waiting, agents, options.Seed);
        var entries = source.Waiting.Entries.ToList();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var waiting = new WaitingIndex(IndexFloor.Config);
        foreach (var entry in entries) waiting.Add(entry);
        var afterWaiting = GC.GetTotalMemory(forceFullCollection: true);
        var free = new FreeAgentIndex();
        foreach (var agent in source.Agents) free.Set(agent, IndexFloor.Queues);
        free.Best(Channel.Voice, waiting.RequirementsNow(entries[0], IndexFloor.Start), IndexFloor.Start, null);
        var afterAgents = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(waiting);
        GC.KeepAlive(free);
        GC.KeepAlive(source);
        return new IndexMemory(entries.Count, Math.Round((afterWaiting - before) / (double)entries.Count), agents, Math.Round((afterAgents - afterWaiting) / (double)agents));
    }

    /// <summary>Microseconds per call of <paramref name="op"/> (not <paramref name="untimed"/>, run before each), after a warm-up of a tenth of the count.</summary>
    private static Percentiles Time(int count, Action<int> op, Action? untimed)
    {
        for (var i = 0; i < Math.Max(1, count / 10); i++)
        {
            untimed?.Invoke();
            op(i);
        }
        var samples = new double[count];
        for (var i = 0; i < count; i++)
        {
            untimed?.Invoke();
            var start = Stopwatch.GetTimestamp();
            op(i);
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }
        return Percentiles.Of(samples);
    }
}
