using ContactCenter.Contracts;
using ContactCenter.Grains.Routing.Index;

namespace ContactCenter.Load.IndexBench;

/// <summary>
/// One queue's routing state at scale, seeded: waiting entries over the last five minutes (some needing an extra skill,
/// some chats), and agents with random skills and idle times, about half of them free.
/// </summary>
internal sealed class IndexFloor
{
    public static readonly DateTimeOffset Start = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
    public static readonly IReadOnlyList<string> Queues = ["bench"];

    public static readonly QueueConfig Config = new(
        "bench", "Bench", [new SkillRequirement("billing", 5)], new ServiceLevelTarget(80, 20), 600,
        new OverflowTarget(OverflowKind.Callback), [new WideningStep(30, 1), new WideningStep(60, 1, new SkillRequirement("sales", 3))],
        PriorityWeights.Default, Retention: new RetentionPreference());

    private readonly Random _random;
    private int _next;

    public IndexFloor(int waiting, int agents, int seed)
    {
        _random = new Random(seed);
        for (var i = 0; i < waiting; i++) Waiting.Add(NewEntry(Start));
        for (var i = 0; i < agents; i++)
        {
            var agent = NewAgent($"agent-{i:D5}", free: _random.Next(2) == 0);
            Agents.Add(agent);
            Free.Set(agent, Queues);
        }
    }

    public WaitingIndex Waiting { get; } = new(Config);

    public FreeAgentIndex Free { get; } = new();

    public List<AgentAvailability> Agents { get; } = [];

    public Random Random => _random;

    public QueueEntry NewEntry(DateTimeOffset now)
    {
        var arrived = now.AddTicks(-_random.NextInt64(300 * TimeSpan.TicksPerSecond));
        return new QueueEntry($"call-{_next++:D6}", "bench", _random.Next(10) < 7 ? Channel.Voice : Channel.Chat, null,
            _random.Next(4), (ValueTier)_random.Next(3), _random.NextDouble() * 20_000, _random.NextDouble(),
            _random.Next(5) == 0 ? [new SkillRequirement("tech", 3 + _random.Next(5))] : [], arrived, arrived, false, 0);
    }

    public AgentAvailability NewAgent(string id, bool free) => new(id, 1,
        [new SkillLevel("billing", 1 + _random.Next(10)), .. _random.Next(3) == 0 ? [new SkillLevel("tech", 1 + _random.Next(10))] : Array.Empty<SkillLevel>(),
            .. _random.Next(3) == 0 ? [new SkillLevel("sales", 1 + _random.Next(10))] : Array.Empty<SkillLevel>(),
            .. _random.Next(10) == 0 ? [new SkillLevel("retention", 5 + _random.Next(6))] : Array.Empty<SkillLevel>()],
        free ? Start.AddTicks(-_random.NextInt64(600 * TimeSpan.TicksPerSecond)) : null,
        free ? (_random.Next(2) == 0 ? [Channel.Voice] : [Channel.Voice, Channel.Chat]) : []);
}
