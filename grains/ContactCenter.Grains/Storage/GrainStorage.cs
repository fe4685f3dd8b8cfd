namespace ContactCenter.Grains.Storage;

/// <summary>The names of the grain storages the grains persist to; the host decides what stands behind each.</summary>
public static class GrainStorage
{
    /// <summary>The grain storage every contact-center grain persists to (memory when embedded, Redis in cluster mode).</summary>
    public const string Name = "cc";
}
