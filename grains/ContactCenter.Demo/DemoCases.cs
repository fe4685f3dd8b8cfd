using ContactCenter.Contracts;

namespace ContactCenter.Demo;

/// <summary>
/// The demo's case terms: minute-scale contracts per value tier (24×7, so a demo at night or on a weekend
/// still escalates), a short escalation policy on every demo queue, what a wrap-up code's case is about,
/// and the cases seeded at startup.
/// </summary>
public static class DemoCases
{
    public const string Platinum = "demo-platinum";
    public const string Gold = "demo-gold";
    public const string Standard = "demo-standard";

    public static IReadOnlyList<ServiceContract> Contracts { get; } =
    [
        new(Platinum, "Platinum demo (minutes, 24×7)", ServiceContracts.Targets((2, 6), (3, 7), (4, 9), (5, 10)), CoverageHours.AlwaysOpen),
        new(Gold, "Gold demo (minutes, 24×7)", ServiceContracts.Targets((3, 7), (4, 9), (5, 11), (6, 12)), CoverageHours.AlwaysOpen),
        new(Standard, "Standard demo (minutes, 24×7)", ServiceContracts.Targets((4, 8), (5, 10), (6, 12), (8, 14)), CoverageHours.AlwaysOpen),
    ];

    public static string ContractFor(ValueTier tier) => tier switch
    {
        ValueTier.Platinum => Platinum,
        ValueTier.Gold => Gold,
        _ => Standard,
    };

    public static EscalationPolicy Policy(CaseSimulationOptions o) =>
        new(o.PickupMinutes, o.SupervisorMinutes, o.ManagersMinutes, o.SpecialistQueueId, RaisePriority: true);

    /// <summary>Puts the demo contracts and sets the demo policy on every demo queue (queues must exist first).</summary>
    public static async Task ConfigureAsync(IGrainFactory grains, CaseSimulationOptions options)
    {
        foreach (var contract in Contracts) await grains.GetGrain<IServiceContractGrain>(contract.ContractId).Put(contract);
        var policy = Policy(options);
        await Task.WhenAll(DemoCenter.Queues.Select(q => grains.GetGrain<IEscalationPolicyGrain>(q.QueueId).Set(policy)));
    }

    public static string Subject(string code) => code switch
    {
        ChurnFeatureCalculator.Complaint => "Complaint about service",
        ChurnFeatureCalculator.CancellationRequest => "Wants to cancel: retention follow-up",
        WrapUpCodes.TechnicalIssue => "Technical issue to investigate",
        _ => "Follow-up promised on call",
    };

    /// <summary>By code (a cancellation is urgent, a complaint high), one level up for Platinum customers.</summary>
    public static CasePriority Priority(string code, ValueTier tier)
    {
        var byCode = code switch
        {
            ChurnFeatureCalculator.CancellationRequest => CasePriority.Urgent,
            ChurnFeatureCalculator.Complaint => CasePriority.High,
            WrapUpCodes.TechnicalIssue => CasePriority.Normal,
            _ => CasePriority.Low,
        };
        return tier == ValueTier.Platinum && byCode < CasePriority.Urgent ? byCode + 1 : byCode;
    }

    public static string CaseIdFor(string interactionId) => $"case-{interactionId}";

    /// <summary>Every this many startup cases one is neglected for sure, so the first escalations show within minutes.</summary>
    public const int NeglectedSeedEvery = 6;

    /// <summary>The startup cases: deterministic from the seed, across queues, codes and customers.</summary>
    public static IReadOnlyList<(string CaseId, CaseDraft Draft)> Seeded(int count, int seed, int customers)
    {
        var draws = new Draws(seed + 11);
        string[] queues = ["billing", "tech-support", "sales", "retention", "general", "premium"];
        var agents = DemoCenter.Agents(seed);
        var seeded = new List<(string, CaseDraft)>();
        for (var n = 1; n <= count; n++)
        {
            var code = draws.Pick(WrapUpCodes.NeedFollowUp);
            var tier = draws.Pick([ValueTier.Standard, ValueTier.Standard, ValueTier.Gold, ValueTier.Platinum]);
            var customerId = DemoCenter.CustomerId(draws.Between(1, Math.Max(1, customers)));
            var agent = draws.Chance(50) ? draws.Pick(agents).AgentId : null;
            seeded.Add(($"case-seed-{n:000}", new CaseDraft(customerId, Subject(code), draws.Pick(queues), Priority(code, tier),
                draws.Pick([Channel.Voice, Channel.Voice, Channel.Chat, Channel.Email]), "Opened when the demo started.", AgentId: agent)));
        }
        return seeded;
    }
}
