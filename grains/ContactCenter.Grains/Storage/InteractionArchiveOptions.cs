namespace ContactCenter.Grains.Storage;

/// <summary>
/// How many finished interactions an embedded silo keeps in memory (configuration section "InteractionArchive",
/// e.g. InteractionArchive__Capacity=50000). Null in cluster mode, where every record stays in Redis.
/// </summary>
public sealed class InteractionArchiveOptions
{
    public const string Section = "InteractionArchive";
    public const int DefaultCapacity = 20_000;

    public int? Capacity { get; set; }
}
