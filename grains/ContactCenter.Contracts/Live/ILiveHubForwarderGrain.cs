namespace ContactCenter.Contracts;

/// <summary>
/// Elects the one dashboard that forwards live batches into the SignalR hub when dashboards share a Redis
/// backplane. Every dashboard receives every batch from the grains; if each forwarded them, the backplane
/// would deliver each batch once per dashboard. Key: "center".
/// </summary>
public interface ILiveHubForwarderGrain : IGrainWithStringKey
{
    /// <summary>
    /// Takes or renews the lease for <paramref name="dashboardId"/>. True while this dashboard holds it;
    /// the lease passes to another dashboard once its holder stops renewing for <paramref name="lease"/>.
    /// </summary>
    Task<bool> Claim(string dashboardId, TimeSpan lease);
}
