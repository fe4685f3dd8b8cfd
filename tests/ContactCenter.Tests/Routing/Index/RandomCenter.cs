namespace ContactCenter.Tests.Routing.Index;

/// <summary>
/// Seeded random routing inputs, biased towards the cases that break indices: zero and round weights (exact score
/// ties), equal arrival times, skills differing only in case, widening with backups, clocks landing on due times.
/// Tie-prone centers use only weights inexact in binary and whole-second arrivals, so mathematically equal scores
/// abound and differ only by rounding.
/// </summary>
internal sealed class RandomCenter(int seed, bool tieProne = false)
{
    public static readonly DateTimeOffset Start = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly string[] Skills = ["billing", "tech", "Tech", "sales", "retention"];
    private static readonly Channel[] Channels = [ContactCenter.Contracts.Channel.Voice, ContactCenter.Contracts.Channel.Chat, ContactCenter.Contracts.Channel.Email];

    public Random Random { get; } = new(seed);

    public int Next(int max) => Random.Next(max);

    public bool Chance(double p) => Random.NextDouble() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Next(items.Count)];

    public Channel AnyChannel() => Pick(Channels);

    public QueueConfig Config() => new(
        "q", "Queue", Requirements(), new ServiceLevelTarget(80, 1 + Next(40)), 5 + Next(120),
        Pick([OverflowTarget.None, new OverflowTarget(OverflowKind.Queue, "other"), new OverflowTarget(OverflowKind.Callback)]),
        [.. Enumerable.Range(0, Next(4)).Select(_ => Widening())],
        new PriorityWeights(Weight(), Weight(), Weight(), Weight(), Weight()),
        Retention: Chance(0.5) ? Retention() : null);

    public IReadOnlyList<SkillRequirement> Requirements() =>
        [.. Skills.Where(s => s != "Tech").OrderBy(_ => Random.Next()).Take(1 + Next(2)).Select(s => new SkillRequirement(s, 1 + Next(10)))];

    public RetentionPreference Retention() => new(Pick(["retention", "Retention", "sales"]), 1 + Next(10), 0.3, 1000);

    public AgentAvailability Agent(string id, DateTimeOffset now, long version) => new(
        id, version,
        [.. Skills.Where(_ => Chance(0.6)).Select(s => new SkillLevel(s, 1 + Next(10)))],
        Next(10) switch { < 3 => null, 3 => now, 4 => now.AddTicks(1 + Next(50_000_000)), 5 => Start, _ => now.AddTicks(-Next(600_000_000)) },
        [.. Channels.Where(_ => Chance(0.5))]);

    public QueueEntry Entry(string id, DateTimeOffset now)
    {
        var arrived = tieProne ? Start.AddSeconds(Next(Math.Max(1, (int)(now - Start).TotalSeconds + 1))) : Next(8) switch { 0 => Start, 1 => now.AddTicks(Next(30_000_000)), 2 => now, _ => now.AddSeconds(-Next(90) - (Chance(0.5) ? 0 : Random.NextDouble())) };
        var queued = Chance(0.3) ? arrived : arrived.AddSeconds(Next(40));
        return new QueueEntry(id, "q", AnyChannel(), null, Next(4) - 1, (ValueTier)Next(3),
            Pick([0, 1000, 2500.5, 300, 12_000, Random.NextDouble() * 20_000]), Pick([0, 0.5, 1, 0.1, 0.3, Random.NextDouble()]),
            Chance(0.2) ? [new SkillRequirement(Pick(Skills), 1 + Next(10))] : [], arrived, queued, Chance(0.1), 0);
    }

    /// <summary>The next instant: a small or large step, or exactly the next due time when there is one.</summary>
    public DateTimeOffset Step(DateTimeOffset now, DateTimeOffset? due) => Next(5) switch
    {
        0 => now,
        1 when due is { } at => at,
        2 => now.AddTicks(Next(10_000_000)),
        _ => now.AddSeconds(Next(15)),
    };

    private WideningStep Widening() => new(1 + Next(60), Next(4), Chance(0.5) ? new SkillRequirement(Pick(Skills), 1 + Next(10)) : null);

    // 0.1, 0.3 and 1/3 are not exact in binary: mathematically equal scores then differ by rounding, the near-ties
    // where a key order and PriorityScore's totals could disagree.
    private double Weight() => tieProne ? Pick([0, 0.1, 0.3, 1.0 / 3, 0.7, 3]) : Next(9) switch { 0 or 1 => 0, 2 => 1, 3 => 0.5, 4 => 10 * Random.NextDouble(), 5 => 0.1, 6 => 0.3, 7 => 1.0 / 3, _ => Next(30) };
}
