namespace ContactCenter.Contracts;

/// <summary>
/// The callbacks of one queue waiting for their time (key: queue id). Durable, with one reminder on the next due time,
/// so a silo's death loses none and waiting costs nothing per second. At its time a callback is handed back to its
/// interaction, which queues it; it is counted overdue until an agent dials it, once the queue's threshold has passed.
/// </summary>
public interface ICallbackScheduleGrain : IGrainWithStringKey
{
    /// <summary>Keeps the callback until dueAt, then tells the interaction (CallbackDue). Adding it again moves its time.</summary>
    Task Add(string interactionId, DateTimeOffset dueAt);

    /// <summary>An agent dialed it, or it ended: it no longer counts.</summary>
    Task Remove(string interactionId);

    /// <summary>Hands every callback whose time has come to its interaction now (the reminder does this when due).</summary>
    Task ReleaseDue();

    /// <summary>Scheduled and overdue callbacks as of now.</summary>
    Task<CallbackCounts> GetCounts();
}
