using Orleans;

namespace ContactCenter.Churn.Center;

/// <summary>How far a walk over the center's customers has got.</summary>
public sealed record CenterWalkProgress(int Done, int Total, int Churned);

/// <summary>
/// The center's own churn history as training data: every customer in the at-risk index, with features
/// (frozen when they left) and whether they left. Customers are read in bounded batches, never all at once.
/// </summary>
public sealed class CenterChurnHistory(IGrainFactory grains)
{
    public const int Batch = 500;

    /// <summary>Every indexed customer id, in a stable order.</summary>
    public static async Task<IReadOnlyList<string>> CustomerIds(IGrainFactory grains)
    {
        var shards = await Task.WhenAll(ChurnIndex.AllShards.Select(s => grains.GetGrain<IChurnIndexGrain>(s).CustomerIds()));
        return shards.SelectMany(ids => ids).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
    }

    public async Task<IReadOnlyList<ChurnTrainingRow>> Collect(IProgress<CenterWalkProgress>? progress = null, CancellationToken ct = default)
    {
        var ids = await CustomerIds(grains);
        var rows = new List<ChurnTrainingRow>(ids.Count);
        for (var start = 0; start < ids.Count; start += Batch)
        {
            ct.ThrowIfCancellationRequested();
            rows.AddRange(await Task.WhenAll(ids.Skip(start).Take(Batch).Select(id => grains.GetGrain<ICustomerGrain>(id).GetTrainingRow())));
            progress?.Report(new CenterWalkProgress(rows.Count, ids.Count, rows.Count(r => r.Churned)));
        }
        return rows;
    }

    /// <summary>The rows as a table: every ChurnFeatureNames column, customer_id, and the label "churned" yes/no.</summary>
    public static ChurnTable ToTable(IEnumerable<ChurnTrainingRow> rows, string source) =>
        ChurnTable.FromRows(rows.Select(Row), source);

    public static IReadOnlyDictionary<string, string?> Row(ChurnTrainingRow row)
    {
        var cells = new Dictionary<string, string?>(row.Features.ToRow(), StringComparer.Ordinal)
        {
            [ChurnFeatureNames.CustomerId] = row.CustomerId,
            [ChurnFeatureNames.Label] = row.Churned ? ChurnFeatureNames.Positive : "no",
        };
        return cells;
    }
}
