using System.Collections.Concurrent;

namespace ContactCenter.Churn.Scoring;

/// <summary>
/// A bounded pool of objects that are not thread-safe (ML.NET prediction engines): at most Capacity exist, a caller
/// waits asynchronously when all are in use (grain turns must not block a thread), and an object always goes back to the pool, even when the work throws.
/// </summary>
internal sealed class EnginePool<T>(Func<T> create, int capacity) where T : class
{
    private readonly ConcurrentBag<T> _idle = [];
    private readonly SemaphoreSlim _slots = new(capacity, capacity);
    private readonly Lock _creating = new();
    private int _created;

    public int Capacity { get; } = capacity;
    public int Created => Volatile.Read(ref _created);

    /// <summary>Runs work on a free engine, waiting asynchronously (never blocking a thread) while all are busy.</summary>
    public async ValueTask<TResult> UseAsync<TResult>(Func<T, TResult> work, CancellationToken ct = default)
    {
        await _slots.WaitAsync(ct);
        T? engine = null;
        try
        {
            engine = _idle.TryTake(out var idle) ? idle : Create();
            return work(engine);
        }
        finally
        {
            if (engine is not null) _idle.Add(engine);
            _slots.Release();
        }
    }

    // Creation is serialized: it is rare (at most Capacity times) and the shared MLContext is not meant for concurrent use.
    private T Create()
    {
        lock (_creating)
        {
            var engine = create();
            Interlocked.Increment(ref _created);
            return engine;
        }
    }
}
