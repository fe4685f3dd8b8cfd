namespace ContactCenter.Tests.Infrastructure;

/// <summary>
/// Waits for an effect that arrives by a one-way message (overflow to another queue, an offer after a
/// withdrawal). It re-reads grain state until the condition holds, and fails after a bounded time.
/// </summary>
public static class Eventually
{
    public static async Task<T> Until<T>(Func<Task<T>> read, Func<T, bool> condition, string what)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var last = await read();
        while (!condition(last))
        {
            if (timeout.IsCancellationRequested) Assert.Fail($"Timed out waiting for {what}; last seen: {last}");
            await Task.Delay(TimeSpan.FromMilliseconds(10), CancellationToken.None);
            last = await read();
        }
        return last;
    }
}
