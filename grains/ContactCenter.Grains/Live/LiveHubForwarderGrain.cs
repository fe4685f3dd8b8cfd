namespace ContactCenter.Grains.Live;

/// <summary>A lease in memory: if this grain's silo dies, the next claim after reactivation simply wins.</summary>
public sealed class LiveHubForwarderGrain(TimeProvider time) : Grain, ILiveHubForwarderGrain
{
    public const string Key = "center";

    private string? _holder;
    private DateTimeOffset _expiresAt;

    public Task<bool> Claim(string dashboardId, TimeSpan lease)
    {
        if (string.IsNullOrWhiteSpace(dashboardId)) throw ContactCenterException.Invalid("dashboardId", "dashboardId is required.");
        var now = time.GetUtcNow();
        if (_holder is null || _holder == dashboardId || now >= _expiresAt)
            (_holder, _expiresAt) = (dashboardId, now + lease);
        return Task.FromResult(_holder == dashboardId);
    }
}
