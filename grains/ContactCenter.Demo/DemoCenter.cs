using ContactCenter.Contracts;

namespace ContactCenter.Demo;

/// <summary>
/// The demo center: eight queues with different skill needs and service levels, entry rules from IVR
/// choices and the number dialled, and 64 agents in four teams with mixed skills (generated from a seed).
/// </summary>
public static class DemoCenter
{
    public const int AgentCount = 64;

    public static readonly string[] Intents = ["billing", "tech", "sales", "cancel", "other"];
    public static readonly string[] Teams = ["Atlas", "Borealis", "Cascade", "Delta"];

    private static SkillRequirement[] Skill(string skill, int min) => [new(skill, min)];

    private static QueueConfig Queue(string id, string name, SkillRequirement[] skills, double percent, int threshold,
        int maxWait, OverflowTarget overflow, WideningStep[] widening, PriorityWeights? weights = null, RetentionPreference? retention = null) =>
        new(id, name, skills, new ServiceLevelTarget(percent, threshold), maxWait, overflow, widening, weights ?? PriorityWeights.Default,
            Retention: retention);

    /// <summary>Billing callers likely to leave and worth keeping go to a billing agent who can also do retention.</summary>
    public static RetentionPreference BillingRetention { get; } = new("retention", MinProficiency: 5, MinRisk: 0.5, MinValue: 2_000);

    /// <summary>In the retention queue, after widening to billing backups, at-risk valuable callers still go to a retention agent first.</summary>
    public static RetentionPreference RetentionQueueRetention { get; } = new("retention", MinProficiency: 6, MinRisk: 0.4, MinValue: 1_000);

    public static IReadOnlyList<QueueConfig> Queues { get; } =
    [
        Queue("billing", "Billing", Skill("billing", 4), 80, 20, 240, new(OverflowKind.Queue, "general"),
            [new(45, LowerProficiencyBy: 2)], retention: BillingRetention),
        Queue("tech-support", "Technical support", Skill("tech", 5), 80, 30, 300, new(OverflowKind.Callback),
            [new(60, LowerProficiencyBy: 2), new(120, BackupSkill: new("general", 6))]),
        Queue("sales", "Sales", Skill("sales", 3), 80, 20, 180, new(OverflowKind.Queue, "general"), [new(40, LowerProficiencyBy: 1)]),
        Queue("retention", "Retention", Skill("retention", 6), 90, 15, 120, new(OverflowKind.Queue, "billing"),
            [new(30, BackupSkill: new("billing", 8))], PriorityWeights.Default with { ChurnValue = 15, Tier = 20 }, RetentionQueueRetention),
        Queue("general", "General enquiries", Skill("general", 2), 70, 60, 600, new(OverflowKind.Callback), []),
        Queue("chat-care", "Chat care", Skill("chat", 3), 80, 60, 900, new(OverflowKind.Queue, "general"), [new(120, LowerProficiencyBy: 2)]),
        Queue("email-care", "Email care", Skill("email", 3), 90, 4 * 3600, 24 * 3600, OverflowTarget.None, [new(3600, LowerProficiencyBy: 2)]),
        Queue("premium", "Premium line", Skill("premium", 6), 90, 15, 90, new(OverflowKind.Queue, "general"),
            [new(20, LowerProficiencyBy: 2), new(45, BackupSkill: new("general", 7))], PriorityWeights.Default with { Tier = 30 }),
    ];

    public static IReadOnlyList<EntryRule> EntryRules { get; } =
    [
        Rule("premium line", [("line", "premium")], Channel.Voice, "premium", basePriority: 3),
        Rule("email", [], Channel.Email, "email-care"),
        Rule("chat about billing", [("topic", "billing")], Channel.Chat, "billing"),
        Rule("chat about tech", [("topic", "tech")], Channel.Chat, "tech-support"),
        Rule("chat about sales", [("topic", "sales")], Channel.Chat, "sales", basePriority: 1),
        Rule("chat to cancel", [("topic", "cancel")], Channel.Chat, "retention", basePriority: 2),
        Rule("chat", [], Channel.Chat, "chat-care"),
        Rule("cancellation", [("intent", "cancel")], null, "retention", basePriority: 2),
        Rule("billing in Spanish", [("intent", "billing"), ("language", "es")], null, "billing", Skill("spanish", 5)),
        Rule("billing", [("intent", "billing")], null, "billing"),
        Rule("tech in Spanish", [("intent", "tech"), ("language", "es")], null, "tech-support", Skill("spanish", 5)),
        Rule("tech", [("intent", "tech")], null, "tech-support"),
        Rule("sales", [("intent", "sales")], null, "sales", basePriority: 1),
        Rule("everything else", [], null, "general"),
    ];

    private static EntryRule Rule(string name, (string Key, string Value)[] match, Channel? channel, string queue,
        SkillRequirement[]? extra = null, int basePriority = 0) =>
        new(name, match.ToDictionary(m => m.Key, m => m.Value), channel, queue, extra ?? [], basePriority);

    /// <summary>Agents with a primary skill, usually general and a secondary skill, some Spanish, chat or email.</summary>
    public static IReadOnlyList<AgentProfile> Agents(int seed)
    {
        var draws = new Draws(seed);
        // A separate source keeps every other skill as earlier versions drew it (demo users name these agents).
        var premium = new Draws(seed + 7);
        string[] primaries = ["billing", "billing", "tech", "tech", "sales", "retention"];
        string[] first = ["Ana", "Ben", "Chloe", "Dev", "Eli", "Fatima", "Gus", "Hana", "Ivan", "Jo", "Kai", "Lena", "Marco", "Nia", "Omar", "Priya"];
        string[] last = ["Ruiz", "Chen", "Okafor", "Smith", "Novak", "Haddad", "Kim", "Silva"];
        var agents = new List<AgentProfile>();
        for (var i = 1; i <= AgentCount; i++)
        {
            var skills = new Dictionary<string, int> { [draws.Pick(primaries)] = draws.Between(4, 10) };
            if (draws.Chance(85)) skills.TryAdd("general", draws.Between(3, 9));
            if (draws.Chance(40)) skills.TryAdd(draws.Pick(primaries), draws.Between(2, 8));
            if (draws.Chance(20)) skills.TryAdd("spanish", draws.Between(5, 10));
            if (draws.Chance(25)) skills.TryAdd("chat", draws.Between(3, 9));
            if (draws.Chance(20)) skills.TryAdd("email", draws.Between(3, 9));
            if (premium.Chance(20)) skills.TryAdd("premium", premium.Between(6, 10));
            var name = $"{first[(i - 1) % first.Length]} {last[(i - 1) / first.Length % last.Length]}";
            agents.Add(new AgentProfile($"agent-{i:000}", name, Teams[(i - 1) % Teams.Length],
                skills.Select(s => new SkillLevel(s.Key, s.Value)).ToArray(), ChannelCapacity.Default));
        }
        return agents;
    }

    public static string CustomerId(int n) => $"cust-{n:00000}";
}
