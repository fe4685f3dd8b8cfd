using ContactCenter.Contracts;
using ContactCenter.Contracts.Validation;

namespace ContactCenter.Dashboard.Services;

/// <summary>A customer as the analyst's customer page shows them: profile and contacts, and churn.</summary>
public sealed record CustomerChurnDetail(CustomerSnapshot Customer, CustomerChurnView Churn);

/// <summary>The analyst's reads: the at-risk list merged from every index shard, one customer, the current model.</summary>
public sealed class ChurnQueries(IGrainFactory grains)
{
    public const int PageSize = 50;

    public async Task<AtRiskPage> AtRisk(AtRiskFilter filter, int take = PageSize)
    {
        var shards = await Task.WhenAll(ChurnIndex.AllShards.Select(s => grains.GetGrain<IChurnIndexGrain>(s).Top(filter, take)));
        return Merge(shards, take);
    }

    /// <summary>Each shard's top <paramref name="take"/> holds every entry of the overall top, so merging them is exact.</summary>
    public static AtRiskPage Merge(IReadOnlyCollection<AtRiskPage> shards, int take) => new(
        AtRiskEntry.Ranked(shards.SelectMany(p => p.Entries)).Take(take).ToList(),
        shards.Sum(p => p.Matched),
        shards.Sum(p => p.Indexed));

    public Task<IReadOnlyList<QueueSummary>> Queues() => grains.GetGrain<IRoutingDirectoryGrain>("center").GetQueues();

    /// <summary>The customer's profile, contacts and churn; null when no such customer exists.</summary>
    public async Task<CustomerChurnDetail?> Customer(string customerId)
    {
        // No customer can have an id outside the grammar, and such a key could not even address a grain.
        if (!Ids.IsValid(customerId)) return null;
        var grain = grains.GetGrain<ICustomerGrain>(customerId);
        try
        {
            var snapshot = await grain.GetSnapshot();
            return new CustomerChurnDetail(snapshot, await grain.GetChurn());
        }
        catch (ContactCenterException e) when (e.Kind == ErrorKind.NotFound)
        {
            return null;
        }
    }

    /// <summary>The promoted model, or null before the first promotion.</summary>
    public Task<ChurnModelInfo?> CurrentModel() => grains.GetGrain<IChurnModelGrain>(ChurnIndex.ModelKey).GetInfo();
}
