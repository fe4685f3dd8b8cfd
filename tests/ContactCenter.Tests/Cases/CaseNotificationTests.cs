namespace ContactCenter.Tests.Cases;

/// <summary>Escalation notices: raised by the case, acknowledged by the person who acts, recorded on both sides.</summary>
[Collection(CasesClusterCollection.Name)]
public sealed class CaseNotificationTests(CasesClusterFixture fixture)
{
    private readonly CaseWorld _world = new(fixture);
    private ICaseNotificationsGrain Notifications => _world.Grains.GetGrain<ICaseNotificationsGrain>("center");

    [Fact]
    public async Task A_supervisor_acknowledges_a_notice_and_the_case_timeline_records_who_and_when()
    {
        var (queue, _, customer, _) = await _world.Setup(resolution: 10_000);
        var opened = await _world.Open(customer, queue);
        _world.AdvanceMinutes(50);
        await _world.Remind(opened.CaseId);
        var notice = Assert.Single(await Notifications.GetRecent(NotificationAudience.Supervisors, unacknowledgedOnly: true, take: 1_000), n => n.CaseId == opened.CaseId);
        Assert.False(notice.Acknowledged);

        _world.AdvanceMinutes(3);
        CaseNotification acknowledged;
        Actor.Set("sup-sara");
        try { acknowledged = await Notifications.Acknowledge(notice.NotificationId); }
        finally { Actor.Set(null); }
        Assert.Equal(("sup-sara", (DateTimeOffset?)_world.Now), (acknowledged.AcknowledgedBy, acknowledged.AcknowledgedAt));

        _world.AdvanceMinutes(1);
        var again = await Notifications.Acknowledge(notice.NotificationId);
        Assert.Equal(acknowledged, again);
        Assert.DoesNotContain(await Notifications.GetRecent(NotificationAudience.Supervisors, unacknowledgedOnly: true, take: 1_000), n => n.NotificationId == notice.NotificationId);

        var timeline = await Eventually.Until(() => _world.Snapshot(opened.CaseId),
            c => c.Timeline.Any(e => e.Kind == CaseEventKind.NotificationAcknowledged), "the acknowledgement on the case");
        var entry = Assert.Single(timeline.Timeline, e => e.Kind == CaseEventKind.NotificationAcknowledged);
        Assert.Equal(("sup-sara", acknowledged.AcknowledgedAt!.Value, notice.NotificationId), (entry.By, entry.At, entry.Reference));
    }

    [Fact]
    public async Task Acknowledging_an_unknown_notice_is_not_found()
    {
        var error = await Assert.ThrowsAsync<ContactCenterException>(() => Notifications.Acknowledge("no-such-notice-" + Guid.NewGuid()));
        Assert.Equal(ErrorKind.NotFound, error.Kind);
    }
}
