namespace ContactCenter.Grains.Live;

/// <summary>The cluster-wide list of live subscribers, with expiry. Live state: subscribers renew it.</summary>
public sealed class LiveSubscriptionsGrain(TimeProvider time) : Grain, ILiveSubscriptionsGrain
{
    public const string Key = "center";

    private readonly Dictionary<ILiveSubscriber, DateTimeOffset> _renewedAt = [];

    public Task Subscribe(ILiveSubscriber subscriber)
    {
        _renewedAt[subscriber] = time.GetUtcNow();
        return Task.CompletedTask;
    }

    public Task Unsubscribe(ILiveSubscriber subscriber)
    {
        _renewedAt.Remove(subscriber);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ILiveSubscriber>> GetSubscribers()
    {
        var cutoff = time.GetUtcNow() - ILiveSubscriptionsGrain.Expiry;
        foreach (var stale in _renewedAt.Where(s => s.Value < cutoff).Select(s => s.Key).ToList()) _renewedAt.Remove(stale);
        return Task.FromResult<IReadOnlyList<ILiveSubscriber>>(_renewedAt.Keys.ToArray());
    }
}
