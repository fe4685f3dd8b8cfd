namespace ContactCenter.Grains.Routing;

/// <summary>Starts a best-effort call without awaiting it, and logs rather than loses its failure.</summary>
public static class FireAndForget
{
    public static void Run(Task task, ILogger logger, string what)
    {
        if (task.IsCompletedSuccessfully) return;
        task.ContinueWith(
            t => logger.LogWarning(t.Exception, "Best-effort {What} failed", what),
            CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
    }
}
