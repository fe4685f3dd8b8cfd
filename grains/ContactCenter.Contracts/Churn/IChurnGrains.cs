namespace ContactCenter.Contracts;

/// <summary>
/// The center's promoted churn model (key "center"). Silos load it from here; customers rescore when its version changes.
/// </summary>
public interface IChurnModelGrain : IGrainWithStringKey
{
    /// <summary>The promoted model's version, or null when none has been promoted.</summary>
    Task<string?> GetVersion();

    /// <summary>The promoted model's description, or null.</summary>
    Task<ChurnModelInfo?> GetInfo();

    /// <summary>The promoted model file (an ML.NET model plus its column description), or null.</summary>
    Task<byte[]?> GetModel();

    /// <summary>Makes a trained model the center's model; refuses a file that does not load.</summary>
    Task Promote(byte[] model, ChurnModelInfo info);

    /// <summary>The promoted version, file and description in one read (silos load from this), or null.</summary>
    Task<PromotedChurnModel?> GetPromoted();
}

/// <summary>
/// One shard of the at-risk index (key "0".."15", see <see cref="ChurnIndex"/>): a small line per customer,
/// kept current by the customer grains, so the analyst's list never has to wake every customer.
/// </summary>
public interface IChurnIndexGrain : IGrainWithStringKey
{
    Task Update(AtRiskEntry entry);

    /// <summary>The shard's best Take matches by risk × value, and how many matched.</summary>
    Task<AtRiskPage> Top(AtRiskFilter filter, int take);

    /// <summary>Every customer id in the shard (training and rescoring walk these).</summary>
    Task<IReadOnlyList<string>> CustomerIds();
}

public static class ChurnIndex
{
    public const int Shards = 16;
    public const string ModelKey = "center";

    /// <summary>A stable shard for a customer id (string.GetHashCode is randomised per process).</summary>
    public static string ShardOf(string customerId)
    {
        uint hash = 2166136261;
        foreach (var c in customerId) hash = (hash ^ c) * 16777619;
        return (hash % Shards).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public static IEnumerable<string> AllShards => Enumerable.Range(0, Shards).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
