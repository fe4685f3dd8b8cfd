using ContactCenter.Contracts;
using Microsoft.Extensions.Logging;

namespace ContactCenter.Simulation;

/// <summary>Creates the demo center's queues, entry rules, agents and customers (with some history).</summary>
public sealed class DemoCenterSeeder(IGrainFactory grains, TimeProvider time, ILogger<DemoCenterSeeder> logger)
{
    private const int CustomerBatch = 500;

    public async Task SeedAsync(SimulationOptions options, CancellationToken ct)
    {
        foreach (var queue in DemoCenter.Queues) await grains.GetGrain<IQueueGrain>(queue.QueueId).Configure(queue);
        await grains.GetGrain<IRoutingDirectoryGrain>("center").SetEntryRules(DemoCenter.EntryRules);
        await Task.WhenAll(DemoCenter.Agents(options.Seed).Select(a => grains.GetGrain<IAgentGrain>(a.AgentId).Configure(a)));
        logger.LogInformation("Seeded {Queues} queues, {Rules} entry rules and {Agents} agents",
            DemoCenter.Queues.Count, DemoCenter.EntryRules.Count, DemoCenter.AgentCount);

        var draws = new Draws(options.Seed + 1);
        var now = time.GetUtcNow();
        var customers = Enumerable.Range(1, options.Customers).Select(n => Customer(n, draws, now, options)).ToList();
        for (var start = 0; start < customers.Count; start += CustomerBatch)
        {
            ct.ThrowIfCancellationRequested();
            await Task.WhenAll(customers.Skip(start).Take(CustomerBatch).Select(SeedCustomer));
            if ((start / CustomerBatch) % 5 == 4 || start + CustomerBatch >= customers.Count)
                logger.LogInformation("Seeded {Done}/{Total} customers", Math.Min(start + CustomerBatch, customers.Count), customers.Count);
        }
        logger.LogInformation("Customer tiers: {Tiers}", string.Join(", ",
            customers.GroupBy(c => c.Profile.Tier).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}")));
    }

    private async Task SeedCustomer((CustomerProfile Profile, ContactRecord[] History) customer)
    {
        var grain = grains.GetGrain<ICustomerGrain>(customer.Profile.CustomerId);
        await grain.Upsert(customer.Profile);
        foreach (var contact in customer.History) await grain.AppendContact(contact);
    }

    /// <summary>Lifetime value is log-normal (median about 1,500), so a few percent are Gold or Platinum.</summary>
    private static (CustomerProfile Profile, ContactRecord[] History) Customer(int n, Draws draws, DateTimeOffset now, SimulationOptions options)
    {
        var id = DemoCenter.CustomerId(n);
        var value = Math.Round(draws.LogNormal(2_500, 1.0), 2);
        var since = now.AddDays(-draws.Between(30, 3650));
        var profile = new CustomerProfile(id, $"Customer {n}", value, since);
        if (!draws.Chance(options.CustomersWithHistoryPercent)) return (profile, []);
        var history = Enumerable.Range(0, draws.Between(1, 5)).Select(k =>
        {
            var at = now.AddDays(-draws.Between(1, 180)).AddMinutes(-draws.Between(0, 600));
            var abandoned = draws.Chance(12);
            return new ContactRecord($"hist-{n}-{k}", draws.Chance(80) ? Channel.Voice : Channel.Chat, draws.Pick(DemoCenter.Queues).QueueId, at,
                abandoned ? InteractionStatus.Abandoned : InteractionStatus.Completed, abandoned ? null : $"agent-{draws.Between(1, DemoCenter.AgentCount):000}",
                draws.Exponential(40), abandoned ? null : draws.Pick(WrapUpCodes.All), null);
        }).OrderBy(c => c.At).ToArray();
        return (profile, history);
    }
}

public static class WrapUpCodes
{
    public static readonly string[] All = ["resolved", "resolved", "resolved", "follow-up", "complaint", "sale", "cancellation-request"];
}
