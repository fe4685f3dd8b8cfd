namespace ContactCenter.Grains.Routing;

/// <summary>
/// The entry rules and the routable queues, cached once per silo so creating an interaction or an agent becoming ready
/// asks the directory nothing. The directory drops its own silo's copy on every change; other silos reload theirs after <see cref="MaxAge"/>.
/// A queue id the copy does not know is never refused on its word: the caller asks the queue itself.
/// </summary>
public sealed class RoutingCatalog(IGrainFactory grains)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);

    private readonly Lock _lock = new();
    private Task<Entries>? _loading;
    private Entries? _current;

    /// <summary>The rules in order and the queue ids, as of at most <see cref="MaxAge"/> ago (or the last change on this silo).</summary>
    public sealed record Entries(IReadOnlyList<EntryRule> Rules, IReadOnlySet<string> QueueIds, IReadOnlyList<QueueSummary> Queues, long LoadedAt);

    public Task<Entries> Current()
    {
        var current = _current;
        if (current is not null && Environment.TickCount64 - current.LoadedAt < MaxAge.TotalMilliseconds) return Task.FromResult(current);
        lock (_lock) return _loading ??= Load();
    }

    /// <summary>Called by the directory after any change to queues or rules.</summary>
    public void Invalidate()
    {
        lock (_lock) (_current, _loading) = (null, null);
    }

    private async Task<Entries> Load()
    {
        try
        {
            var directory = grains.GetGrain<IRoutingDirectoryGrain>(RoutingDirectoryGrain.Key);
            var started = Environment.TickCount64;
            var rules = await directory.GetEntryRules();
            var summaries = await directory.GetQueues();
            var loaded = new Entries(rules, summaries.Select(q => q.QueueId).ToHashSet(StringComparer.Ordinal), summaries, started);
            lock (_lock) _current = loaded;
            return loaded;
        }
        finally
        {
            lock (_lock) _loading = null;
        }
    }
}
