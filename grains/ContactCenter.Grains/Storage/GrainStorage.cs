namespace ContactCenter.Grains.Storage;

/// <summary>The names of the grain storages the grains persist to; the host decides what stands behind each.</summary>
public static class GrainStorage
{
    /// <summary>The grain storage every contact-center grain persists to (memory when embedded, Redis in cluster mode).</summary>
    public const string Name = "cc";

    /// <summary>
    /// The grain storage interactions persist to: Redis in cluster mode like the rest, and in embedded mode a capped
    /// in-memory archive, so finished interactions do not pile up in the process forever.
    /// </summary>
    public const string Interactions = "interactions";
}
