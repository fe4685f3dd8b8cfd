namespace ContactCenter.Grains.Cases;

/// <summary>
/// Group commit for a reentrant grain: callers that ask for a write while one is in flight share the single write
/// that follows it, which stores every change made before it starts. Writes never overlap (the storage's ETag would
/// refuse the second). A failed write fails everyone who waited on it; the next write still runs.
/// </summary>
internal sealed class GroupCommit(Func<Task> write)
{
    private Task _inFlight = Task.CompletedTask;
    private TaskCompletionSource? _queued;

    public Task WriteAsync()
    {
        if (_queued is { } queued) return queued.Task;
        var next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _queued = next;
        _ = Run(next, _inFlight);
        return next.Task;
    }

    private async Task Run(TaskCompletionSource next, Task previous)
    {
        try { await previous; }
        catch { /* its callers have seen the failure */ }
        // From here on, callers wait for a later write: this one may already have stored the state they changed.
        if (_queued == next) _queued = null;
        try
        {
            var current = write();
            _inFlight = current;
            await current;
            next.SetResult();
        }
        catch (Exception ex) { next.SetException(ex); }
    }
}
