using ContactCenter.Grains.Routing;
using ContactCenter.Grains.Storage;

namespace ContactCenter.Grains.Callbacks;

/// <summary>
/// One queue's scheduled callbacks (see <see cref="ICallbackScheduleGrain"/>). Stored on every change; one reminder on
/// the next due time survives a silo's death, and one grain timer wakes it for the next due time or overdue crossing,
/// so waiting costs nothing per second. Counts go to the router, which shows them with the queue on the wallboard.
/// </summary>
public sealed class CallbackScheduleGrain(
    [PersistentState("callbacks", GrainStorage.Name)] IPersistentState<CallbackScheduleState> state,
    TimeProvider time,
    ILogger<CallbackScheduleGrain> logger) : Grain, ICallbackScheduleGrain, IRemindable
{
    public const string ReminderName = "callbacks-due";

    /// <summary>The most callbacks one queue keeps waiting; past it a new one is refused.</summary>
    public const int Capacity = 20_000;

    /// <summary>When a release failed (an interaction could not be told), the reminder fires again after this.</summary>
    private static readonly TimeSpan RetryPeriod = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(1);

    private IGrainTimer? _timer;
    private DateTimeOffset? _reminderFor;

    private string QueueId => this.GetPrimaryKeyString();
    private CallbackScheduleState S => state.State;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        Arm();
        return Task.CompletedTask;
    }

    public async Task Add(string interactionId, DateTimeOffset dueAt)
    {
        Ids.Require(interactionId, "interactionId");
        if (!S.Waiting.ContainsKey(interactionId) && S.Waiting.Count >= Capacity)
            throw ContactCenterException.Conflict($"Queue '{QueueId}' already has {Capacity:N0} callbacks scheduled; offer the caller another option.");
        S.OverdueAfterSeconds = (await GrainFactory.GetGrain<IQueueGrain>(QueueId).GetConfig()).ServiceLevel.ThresholdSeconds;
        S.Due.Remove(interactionId);
        S.Waiting[interactionId] = dueAt;
        await Save();
    }

    public async Task Remove(string interactionId)
    {
        if (!S.Waiting.Remove(interactionId) & !S.Due.Remove(interactionId)) return;
        await Save();
    }

    public async Task ReleaseDue()
    {
        var now = time.GetUtcNow();
        var due = S.Waiting.Where(w => w.Value <= now).OrderBy(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal).ToList();
        foreach (var (interactionId, dueAt) in due)
        {
            try { await GrainFactory.GetGrain<IInteractionGrain>(interactionId).CallbackDue(); }
            catch (Exception e)
            {
                // It stays waiting; the reminder's retry period brings it up again.
                logger.LogWarning(e, "Callback {InteractionId} of {QueueId} could not be queued; trying again later", interactionId, QueueId);
                continue;
            }
            // Removed meanwhile (dialed or ended during the await): not counted again.
            if (S.Waiting.Remove(interactionId)) S.Due[interactionId] = dueAt;
        }
        await Save();
    }

    public Task<CallbackCounts> GetCounts() => Task.FromResult(S.Counts(QueueId, time.GetUtcNow()));

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != ReminderName) return;
        _reminderFor = null;
        await ReleaseDue();
    }

    /// <summary>Stores, sets the reminder on the next due time (none when nothing waits), re-arms the timer, tells the router.</summary>
    private async Task Save()
    {
        await state.WriteStateAsync();
        var now = time.GetUtcNow();
        var next = S.Waiting.Count == 0 ? (DateTimeOffset?)null : S.Waiting.Values.Min();
        if (next != _reminderFor) await Remind(next, now);
        Arm();
        Publish();
    }

    private void Publish() => FireAndForget.Run(
        GrainFactory.GetGrain<IRouterGrain>(RouterKey.Center).CallbacksChanged(S.Counts(QueueId, time.GetUtcNow())), logger, "callback counts to the router");

    private async Task Remind(DateTimeOffset? next, DateTimeOffset now)
    {
        _reminderFor = next;
        if (next is not { } due)
        {
            if (await this.GetReminder(ReminderName) is { } reminder) await this.UnregisterReminder(reminder);
            return;
        }
        var wait = due - now;
        wait = wait < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : wait > LongestWait ? LongestWait : wait;
        await this.RegisterOrUpdateReminder(ReminderName, wait, RetryPeriod);
    }

    /// <summary>One timer on the next moment the counts change by time (a release, or a callback turning overdue).</summary>
    private void Arm()
    {
        var now = time.GetUtcNow();
        if (S.NextChange(now) is not { } at)
        {
            _timer?.Dispose();
            _timer = null;
            return;
        }
        var wait = at - now;
        wait = wait < TimeSpan.Zero ? TimeSpan.Zero : wait > LongestWait ? LongestWait : wait;
        if (_timer is null)
            _timer = this.RegisterGrainTimer(_ => OnTimer(), new GrainTimerCreationOptions(wait, Timeout.InfiniteTimeSpan) { Interleave = false });
        else _timer.Change(wait, Timeout.InfiniteTimeSpan);
    }

    private async Task OnTimer()
    {
        if (S.Waiting.Values.Any(due => due <= time.GetUtcNow())) await ReleaseDue();
        else
        {
            Arm();
            Publish();
        }
    }
}
