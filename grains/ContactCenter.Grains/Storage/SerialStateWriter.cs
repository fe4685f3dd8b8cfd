namespace ContactCenter.Grains.Storage;

/// <summary>
/// Queues a grain's state writes one after another. Interleaved notifications may ask for a write while
/// another is in flight; two concurrent writes would race on the storage's ETag. Each write stores the state
/// as it is when that write starts, so the last one always carries every change made before it was asked.
/// A failed write fails its own caller (loudly) and does not block the writes after it.
/// </summary>
internal sealed class SerialStateWriter(Func<Task> write)
{
    private Task _last = Task.CompletedTask;

    public Task WriteAsync() => _last = After(_last);

    private async Task After(Task previous)
    {
        try { await previous; }
        catch { /* the previous write's caller has seen its failure */ }
        await write();
    }
}
