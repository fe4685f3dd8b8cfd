namespace ContactCenter.Grains.Live;

/// <summary>Where a publisher finds its subscribers.</summary>
public interface ILiveSubscriberSource
{
    Task<IReadOnlyList<ILiveSubscriber>> GetAsync();
}

/// <summary>Reads the subscriptions grain, at most every couple of seconds rather than on every tick.</summary>
public sealed class GrainLiveSubscriberSource(IGrainFactory grains, TimeProvider clock) : ILiveSubscriberSource
{
    private static readonly TimeSpan Refresh = TimeSpan.FromSeconds(2);
    private IReadOnlyList<ILiveSubscriber> _cached = [];
    private DateTimeOffset _readAt = DateTimeOffset.MinValue;

    public async Task<IReadOnlyList<ILiveSubscriber>> GetAsync()
    {
        if (clock.GetUtcNow() - _readAt < Refresh) return _cached;
        _cached = await grains.GetGrain<ILiveSubscriptionsGrain>(LiveSubscriptionsGrain.Key).GetSubscribers();
        _readAt = clock.GetUtcNow();
        return _cached;
    }

    /// <summary>Forces the next read to ask the grain (a new subscriber should not wait for the refresh).</summary>
    public void Invalidate() => _readAt = DateTimeOffset.MinValue;
}
