namespace ContactCenter.Dashboard.Live;

/// <summary>
/// How a page reacts to pushes on its circuit: one reload at a time (a push arriving during a reload is dropped,
/// since that reload reads the latest state), and a local tick that only re-renders. Failures go to the page's
/// error boundary instead of being lost on a background thread.
/// </summary>
public sealed class LiveRefresh(Func<Func<Task>, Task> invoke, Func<Task> reload, Action render, Func<Exception, Task> fail)
{
    private int _reloading;

    public void Reload()
    {
        if (Interlocked.Exchange(ref _reloading, 1) == 1) return;
        Observe(invoke(async () =>
        {
            try { await reload(); }
            finally { Interlocked.Exchange(ref _reloading, 0); }
            render();
        }));
    }

    public void Render(Action update) => Observe(invoke(() =>
    {
        update();
        render();
        return Task.CompletedTask;
    }));

    private void Observe(Task task) => task.ContinueWith(t => fail(t.Exception!), TaskContinuationOptions.OnlyOnFaulted);
}
