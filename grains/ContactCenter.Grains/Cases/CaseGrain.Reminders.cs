namespace ContactCenter.Grains.Cases;

/// <summary>
/// Saving and the durable deadline: one reminder ("sla") per open case on its next deadline, with a period as a
/// retry. The reminder is the source of truth; it evaluates what is due at the TimeProvider's now.
/// </summary>
public sealed partial class CaseGrain
{
    public const string ReminderName = "sla";

    /// <summary>When the reminder is late or evaluation failed, it fires again after this.</summary>
    public static readonly TimeSpan RetryPeriod = TimeSpan.FromMinutes(10);

    /// <summary>The longest single wait handed to the reminder service; a later deadline is reached in hops.</summary>
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(1);

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != ReminderName) return;
        if (!S.Exists)
        {
            await Unregister();
            return;
        }
        try
        {
            await EvaluateDue();
            await Save(reschedule: true);
        }
        catch
        {
            // Memory may hold half an escalation that storage does not: start again from storage on the retry.
            DeactivateOnIdle();
            throw;
        }
    }

    /// <summary>Schedules the next deadline, then stores the state, then tells the board and the customer.</summary>
    private async Task Save(bool reschedule = false)
    {
        var now = time.GetUtcNow();
        // Restarting a running clock at each save keeps its covered-time sums short for a case open for months.
        if (S.Clock.Running) S.Clock = new SlaClock(S.Clock.Elapsed(Coverage(), now), now);
        var next = NextDeadline(await GrainFactory.GetGrain<IEscalationPolicyGrain>(S.QueueId).Get(), now);
        try
        {
            if (next != S.NextDeadline || reschedule) await Schedule(next, now);
            S.NextDeadline = next;
            await state.WriteStateAsync();
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }
        Publish(now);
    }

    private async Task Schedule(DateTimeOffset? next, DateTimeOffset now)
    {
        if (next is not { } due)
        {
            await Unregister();
            return;
        }
        var wait = due - now;
        if (wait < TimeSpan.FromSeconds(1)) wait = TimeSpan.FromSeconds(1);
        if (wait > LongestWait) wait = LongestWait;
        await this.RegisterOrUpdateReminder(ReminderName, wait, RetryPeriod);
    }

    private async Task Unregister()
    {
        if (await this.GetReminder(ReminderName) is { } reminder) await this.UnregisterReminder(reminder);
    }
}
