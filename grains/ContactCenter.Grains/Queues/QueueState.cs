namespace ContactCenter.Grains.Queues;

/// <summary>The durable part of a queue: its configuration. Who waits is live state, kept in memory.</summary>
[GenerateSerializer, Alias("cc.queue-state")]
public sealed class QueueState
{
    [Id(0)] public QueueConfig? Config { get; set; }
    [Id(1)] public Audit.AuditLog Audit { get; set; } = new();
}
