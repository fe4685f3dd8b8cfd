using ContactCenter.Churn;

namespace ContactCenter.Grains.Churn;

/// <summary>The center's promoted model as this silo loaded it.</summary>
public sealed record LoadedChurnModel(string Version, ChurnModel Model);

/// <summary>The center's promoted churn model on this silo; customers score with it.</summary>
public interface IChurnScorer
{
    /// <summary>The model, asking the model grain for its version at most every few seconds; null when none is promoted.</summary>
    Task<LoadedChurnModel?> Current();

    /// <summary>The model after a version check that starts after this call, so a rescore right after a promotion sees it.</summary>
    Task<LoadedChurnModel?> Fresh();
}

/// <summary>
/// Per-silo holder of the promoted model. It asks IChurnModelGrain("center") for the version when its last
/// check is older than <see cref="RefreshEvery"/> (on the injected TimeProvider) and reloads only when the
/// version changed, so a promotion reaches every silo within seconds without a restart or a background thread.
/// Checks are shared: any number of callers waiting at once cause one grain call, not one each.
/// </summary>
public sealed class ChurnModelCache(IGrainFactory grains, TimeProvider time, ILogger<ChurnModelCache> logger) : IChurnScorer
{
    public static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(5);

    private readonly object _gate = new();
    private LoadedChurnModel? _current;
    private DateTimeOffset? _checkedAt;
    private Task<LoadedChurnModel?>? _checking;
    // Fresh() callers take a ticket; a check covers every ticket issued before it started.
    private long _tickets;
    private long _covered;

    public Task<LoadedChurnModel?> Current()
    {
        lock (_gate)
        {
            if (_checkedAt is { } at && time.GetUtcNow() - at < RefreshEvery) return Task.FromResult(_current);
            if (_checking is not null) return _checking;
        }
        return Fresh();
    }

    public async Task<LoadedChurnModel?> Fresh()
    {
        long ticket;
        lock (_gate) ticket = ++_tickets;
        while (true)
        {
            Task<LoadedChurnModel?> checking;
            lock (_gate)
            {
                if (_covered >= ticket) return _current;
                // On the thread pool: the check is shared by many grains and must not run on any one grain's scheduler.
                var upTo = _tickets;
                checking = _checking ??= Task.Run(() => Check(upTo));
            }
            await checking;
        }
    }

    private async Task<LoadedChurnModel?> Check(long upTo)
    {
        try
        {
            var model = grains.GetGrain<IChurnModelGrain>(ChurnIndex.ModelKey);
            var version = await model.GetVersion();
            if (version != _current?.Version)
            {
                var promoted = await model.GetPromoted();
                var loaded = promoted is null ? null : new LoadedChurnModel(promoted.Version, ChurnModel.Load(promoted.Model));
                lock (_gate) _current = loaded;
                logger.LogInformation("Churn model {Version} loaded on this silo", loaded?.Version ?? "(none)");
            }
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Could not check the promoted churn model; scoring stays on {Version}", _current?.Version ?? "(none)");
        }
        finally
        {
            lock (_gate)
            {
                (_checkedAt, _covered, _checking) = (time.GetUtcNow(), Math.Max(_covered, upTo), null);
            }
        }
        return _current;
    }
}
