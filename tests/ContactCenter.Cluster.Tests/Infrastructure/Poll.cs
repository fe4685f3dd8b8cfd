namespace ContactCenter.Cluster.Tests.Infrastructure;

/// <summary>
/// Waits for a distributed effect (a silo declared dead, a reconnect) by re-checking a condition until it
/// holds, failing after a bounded time with what was last seen. Nothing here waits for time to pass.
/// </summary>
public static class Poll
{
    public static async Task Until(Func<Task<bool>> condition, TimeSpan limit, string what, Func<string>? diagnostics = null)
    {
        var deadline = DateTime.UtcNow + limit;
        Exception? last = null;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if (await condition()) return;
            }
            catch (Exception ex) { last = ex; }
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
        Assert.Fail($"Timed out after {limit.TotalSeconds:0} s waiting for {what}." +
            (last is null ? "" : $" Last error: {last.GetType().Name}: {last.Message}") +
            (diagnostics is null ? "" : $"\n{diagnostics()}"));
    }
}
