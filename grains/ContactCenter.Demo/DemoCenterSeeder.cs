using System.Diagnostics;
using ContactCenter.Contracts;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Demo;

/// <summary>What seeding left behind: the customers who have already left (they make no more contacts).</summary>
public sealed record DemoSeedResult(int Customers, IReadOnlySet<string> Churned, TimeSpan CustomerSeeding);

/// <summary>Creates the demo center's queues, entry rules, agents and customers (with history and past churn).</summary>
public sealed class DemoCenterSeeder(IGrainFactory grains, TimeProvider time, ILogger<DemoCenterSeeder> logger)
{
    private const int CustomerBatch = 500;

    public async Task<DemoSeedResult> SeedAsync(SimulationOptions options, CancellationToken ct)
    {
        foreach (var queue in OverflowTargetsFirst(DemoCenter.Queues)) await grains.GetGrain<IQueueGrain>(queue.QueueId).Configure(queue);
        await grains.GetGrain<IRoutingDirectoryGrain>("center").SetEntryRules(DemoCenter.EntryRules);
        await grains.GetGrain<IEmailRoutingGrain>("center").Put(DemoEmail.Routing);
        await Task.WhenAll(DemoCenter.Agents(options.Seed).Select(a => grains.GetGrain<IAgentGrain>(a.AgentId).Configure(a)));
        logger.LogInformation("Seeded {Queues} queues, {Rules} entry rules and {Agents} agents",
            DemoCenter.Queues.Count, DemoCenter.EntryRules.Count, DemoCenter.AgentCount);
        if (options.Cases.Enabled && options.Cases.DemoContracts)
        {
            await DemoCases.ConfigureAsync(grains, options.Cases);
            logger.LogInformation("Put {Contracts} demo contracts and the demo escalation policy on {Queues} queues",
                DemoCases.Contracts.Count, DemoCenter.Queues.Count);
        }
        await DemoKnowledge.SeedAsync(grains);
        return await SeedCustomersAsync(options, ct);
    }

    /// <summary>A queue refuses to overflow into a queue that does not exist yet, so targets are configured before their sources.</summary>
    public static IReadOnlyList<QueueConfig> OverflowTargetsFirst(IReadOnlyList<QueueConfig> queues)
    {
        var ordered = new List<QueueConfig>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        while (ordered.Count < queues.Count)
        {
            var ready = queues.Where(q => !placed.Contains(q.QueueId)
                && (q.Overflow.Kind != OverflowKind.Queue || placed.Contains(q.Overflow.QueueId!) || !queues.Any(t => t.QueueId == q.Overflow.QueueId))).ToList();
            if (ready.Count == 0) throw new InvalidOperationException("The demo queues overflow into each other in a cycle.");
            ordered.AddRange(ready);
            placed.UnionWith(ready.Select(q => q.QueueId));
        }
        return ordered;
    }

    /// <summary>One Seed call (one write, one index update) per customer, in concurrent batches.</summary>
    public async Task<DemoSeedResult> SeedCustomersAsync(SimulationOptions options, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var customers = DemoCustomers.Generate(options.Customers, options.Seed, time.GetUtcNow(), options.CustomersWithHistoryPercent);
        // The demo's customers run under minute-scale demo contracts, so escalations show within minutes.
        if (options.Cases.Enabled && options.Cases.DemoContracts)
            customers = [.. customers.Select(c => c with { Profile = c.Profile with { ContractId = DemoCases.ContractFor(c.Profile.Tier) } })];
        for (var start = 0; start < customers.Count; start += CustomerBatch)
        {
            ct.ThrowIfCancellationRequested();
            await Task.WhenAll(customers.Skip(start).Take(CustomerBatch)
                .Select(c => grains.GetGrain<ICustomerGrain>(c.Profile.CustomerId).Seed(c.Profile, c.History, c.ChurnedAt)));
            if ((start / CustomerBatch) % 5 == 4 || start + CustomerBatch >= customers.Count)
                logger.LogInformation("Seeded {Done}/{Total} customers", Math.Min(start + CustomerBatch, customers.Count), customers.Count);
        }
        var churned = customers.Where(c => c.ChurnedAt is not null).Select(c => c.Profile.CustomerId).ToHashSet(StringComparer.Ordinal);
        logger.LogInformation(
            "Seeded {Customers} customers with {Contacts} past contacts in {Seconds:0.0}s; {Churned} ({Percent:0.0}%) have already left. Tiers: {Tiers}",
            customers.Count, customers.Sum(c => c.History.Count), clock.Elapsed.TotalSeconds, churned.Count,
            100.0 * churned.Count / Math.Max(1, customers.Count),
            string.Join(", ", customers.GroupBy(c => c.Profile.Tier).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}")));
        return new DemoSeedResult(customers.Count, churned, clock.Elapsed);
    }
}

public static class WrapUpCodes
{
    public const string FollowUp = "follow-up";
    public const string TechnicalIssue = "technical-issue";

    public static readonly string[] All = ["resolved", "resolved", "resolved", "follow-up", "complaint", "sale", "cancellation-request", "technical-issue"];

    private static readonly string[] Good = ["resolved", "resolved", "resolved", "follow-up", "sale"];

    /// <summary>Codes that leave work behind: a call wrapped up with one of these may open a case.</summary>
    public static readonly string[] NeedFollowUp = [FollowUp, ChurnFeatureCalculator.Complaint, TechnicalIssue, ChurnFeatureCalculator.CancellationRequest];

    public static bool NeedsFollowUp(string? code) => code is not null && NeedFollowUp.Contains(code, StringComparer.OrdinalIgnoreCase);

    /// <summary>A live wrap-up: the longer the wait, the likelier a complaint or a cancellation request.</summary>
    public static string For(double waitSeconds, Draws d)
    {
        var friction = Math.Min(1, waitSeconds / 300);
        if (d.Chance(2 + 20 * friction)) return ChurnFeatureCalculator.Complaint;
        if (d.Chance(1 + 8 * friction)) return ChurnFeatureCalculator.CancellationRequest;
        return d.Pick(Good);
    }

    /// <summary>A tech-support call that is not simply resolved on the line is a technical issue to follow up.</summary>
    public static string For(double waitSeconds, string? queueId, Draws d)
    {
        var code = For(waitSeconds, d);
        return queueId == "tech-support" && code == FollowUp ? TechnicalIssue : code;
    }
}
