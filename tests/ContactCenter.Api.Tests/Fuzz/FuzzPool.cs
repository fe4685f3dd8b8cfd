namespace ContactCenter.Api.Tests.Fuzz;

/// <summary>The few valid ids the fuzzer uses, so valid requests mostly update the same entities instead of piling up new ones.</summary>
public sealed class FuzzPool(Random random)
{
    public static readonly string[] Queues = ["fz-q-0", "fz-q-1", "fz-q-2", "fz-q-3"];
    public static readonly string[] Skills = ["fz-s-0", "fz-s-1", "fz-s-2", "fz-s-3"];
    public static readonly string[] Agents = ["fz-a-0", "fz-a-1", "fz-a-2", "fz-a-3"];
    public static readonly string[] Customers = ["fz-c-0", "fz-c-1", "fz-c-2"];
    public static readonly string[] Cases = ["fz-case-0", "fz-case-1", "fz-case-2"];
    public static readonly string[] Contracts = ["fz-contract-0", "default-gold"];
    public static readonly string[] Interactions = Enumerable.Range(0, 24).Select(i => $"fz-i-{i}").ToArray();

    public string Queue() => Pick(Queues);
    public string Skill() => Pick(Skills);
    public string Agent() => Pick(Agents);
    public string Customer() => Pick(Customers);
    public string Interaction() => Pick(Interactions);
    public string Case() => Pick(Cases);
    public string Contract() => Pick(Contracts);

    /// <summary>A well-formed id nobody created.</summary>
    public string Unknown() => $"fz-unknown-{random.Next(1_000)}";

    /// <summary>A valid id for the entity a route segment names.</summary>
    public string For(string pattern) => pattern switch
    {
        _ when pattern.StartsWith("/api/queues", StringComparison.Ordinal) => Queue(),
        _ when pattern.StartsWith("/api/agents", StringComparison.Ordinal) => Agent(),
        _ when pattern.StartsWith("/api/interactions", StringComparison.Ordinal) => Interaction(),
        _ when pattern.StartsWith("/api/cases", StringComparison.Ordinal) => Case(),
        _ when pattern.StartsWith("/api/contracts", StringComparison.Ordinal) => Contract(),
        _ when pattern.Contains("customer", StringComparison.OrdinalIgnoreCase) => Customer(),
        _ => Pick([.. Queues, .. Agents, .. Interactions]),
    };

    private string Pick(string[] items) => items[random.Next(items.Length)];
}
