namespace ContactCenter.Grains.Routing;

/// <summary>
/// Whether live routing state is made durable so it survives a silo's death. On in cluster mode: an
/// interaction is stored when it is created and when it connects, and a reminder (durable, so it fires on
/// another silo) audits it until it ends; agents store their chosen presence. Off when embedded: one
/// process has no other silo to fail over to, so the writes would buy nothing.
/// </summary>
public sealed record RoutingRecovery(bool Enabled)
{
    public static readonly RoutingRecovery Off = new(false);
    public static readonly RoutingRecovery On = new(true);
}

/// <summary>How often a live interaction checks, through a durable reminder, that routing still knows it (cluster mode).</summary>
public static class AuditTiming
{
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(15);
}
