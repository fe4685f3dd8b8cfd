using ContactCenter.Grains.Storage;
using ContactCenter.Grains.Live;
using ContactCenter.Grains.Routing;

namespace ContactCenter.Grains.Cases;

/// <summary>
/// The center's escalation notices (key "center"): durable, the newest <see cref="Cap"/> kept, pushed live when
/// raised and when acknowledged. An acknowledgement records who and when, here and on the case's timeline.
/// One grain serves the whole center, so it is reentrant with group commit: notices raised together share a write.
/// Every change happens before an await, so interleaved calls never see half of one.
/// </summary>
[Reentrant]
public sealed class CaseNotificationsGrain(
    [PersistentState("case-notifications", GrainStorage.Name)] IPersistentState<CaseNotificationsState> state,
    TimeProvider time,
    LivePublisher live,
    ILogger<CaseNotificationsGrain> logger) : Grain, ICaseNotificationsGrain
{
    public const int Cap = 1_000;
    private const int MaxId = 300;

    private GroupCommit? _commit;

    private List<CaseNotification> Items => state.State.Items;

    private Task Write() => (_commit ??= new GroupCommit(state.WriteStateAsync)).WriteAsync();

    public async Task<CaseNotification> Raise(CaseNotification notification)
    {
        Validate(notification);
        if (notification.NotificationId is { Length: > 0 } given && Items.Find(n => n.NotificationId == given) is { } known) return known;
        var raised = notification with
        {
            NotificationId = string.IsNullOrEmpty(notification.NotificationId) ? $"n-{Guid.NewGuid():N}" : notification.NotificationId,
            RaisedAt = notification.RaisedAt == default ? time.GetUtcNow() : notification.RaisedAt,
            AcknowledgedBy = null,
            AcknowledgedAt = null,
        };
        Items.Add(raised);
        if (Items.Count > Cap) Items.RemoveRange(0, Items.Count - Cap);
        await Write();
        live.Publish(raised);
        return raised;
    }

    public async Task<CaseNotification> Acknowledge(string notificationId)
    {
        if (string.IsNullOrWhiteSpace(notificationId)) throw ContactCenterException.Invalid("notificationId", "notificationId is required.");
        var at = Items.FindIndex(n => n.NotificationId == notificationId);
        if (at < 0) throw ContactCenterException.NotFound("Notification", notificationId);
        if (Items[at].Acknowledged) return Items[at];
        var acknowledged = Items[at] with { AcknowledgedBy = Actor.Current, AcknowledgedAt = time.GetUtcNow() };
        Items[at] = acknowledged;
        await Write();
        live.Publish(acknowledged);
        // Not awaited: the case may be raising a notice here at this moment, and both grains are non-reentrant.
        FireAndForget.Run(GrainFactory.GetGrain<ICaseGrain>(acknowledged.CaseId).RecordAcknowledgement(acknowledged), logger, "case acknowledgement");
        return acknowledged;
    }

    public Task<IReadOnlyList<CaseNotification>> GetRecent(NotificationAudience? audience = null, bool unacknowledgedOnly = false, int take = 100)
    {
        Bounds.RequireRange(take, "take", 1, Cap);
        return Task.FromResult<IReadOnlyList<CaseNotification>>(Enumerable.Reverse(Items)
            .Where(n => (audience is null || n.Audience == audience) && (!unacknowledgedOnly || !n.Acknowledged))
            .Take(take).ToArray());
    }

    private static void Validate(CaseNotification notification)
    {
        if (notification is null) throw ContactCenterException.Invalid("body", "A notification is required.");
        Bounds.RequireOptionalText(notification.NotificationId, "notificationId", MaxId);
        Ids.Require(notification.CaseId, "caseId");
        Ids.Require(notification.QueueId, "queueId");
        if (!Enum.IsDefined(notification.Step)) throw ContactCenterException.Invalid("step", "step must be an escalation step (1–4).");
        if (!Enum.IsDefined(notification.Audience)) throw ContactCenterException.Invalid("audience", "audience must be Supervisors or Managers.");
        Bounds.RequireOptionalText(notification.Subject, "subject", CaseDraft.MaxSubject);
        Bounds.RequireOptionalText(notification.Team, "team", Bounds.MaxName);
        Bounds.RequireText(notification.Message, "message", Bounds.MaxNotes);
    }
}

[GenerateSerializer, Alias("cc.case-notifications-state")]
public sealed class CaseNotificationsState
{
    [Id(0)] public List<CaseNotification> Items { get; set; } = [];
}
