using ContactCenter.Grains.Live;

namespace ContactCenter.Grains.Queues;

/// <summary>Retiring (soft-deleting) a queue, restoring it, and reading its audit trail.</summary>
public sealed partial class QueueGrain
{
    public async Task Retire()
    {
        var config = Config;
        var view = await Router.GetQueueView(QueueId);
        var offered = view.OfferedCount;
        var waiting = view.Waiting.Count - offered;
        if (waiting + offered > 0)
            throw ContactCenterException.Conflict($"Queue '{QueueId}' cannot be retired: {waiting} interaction(s) waiting and {offered} offered; move them first.");
        var holders = await AgentsHoldingWork();
        if (holders.Count > 0)
            throw ContactCenterException.Conflict($"Queue '{QueueId}' cannot be retired: agents {string.Join(", ", holders)} still hold its interactions.");
        // The directory refuses while an entry rule routes here or another queue overflows into this one.
        await GrainFactory.GetGrain<IRoutingDirectoryGrain>(RoutingDirectoryGrain.Key).RetireQueue(QueueId);
        await Router.RemoveQueue(QueueId);
        live.Publish(LiveViews.Of(config, 0, null, 0, view.Today, view.Recent) with { Retired = true });
        var now = time.GetUtcNow();
        state.State.Audit.Retired = true;
        state.State.Audit.Add(now, AuditActions.Retire, "queue", "active", "retired");
        await state.WriteStateAsync();
        logger.LogInformation("Queue {QueueId} retired by {By}", QueueId, Actor.Current);
    }

    public async Task<QueueSnapshot> Reinstate()
    {
        if (state.State.Config is not { } config) throw ContactCenterException.NotFound("Queue", QueueId);
        if (!state.State.Audit.Retired) throw ContactCenterException.Conflict($"Queue '{QueueId}' is not retired.");
        state.State.Audit.Retired = false;
        state.State.Audit.Add(time.GetUtcNow(), AuditActions.Restore, "queue", "retired", "active");
        await state.WriteStateAsync();
        var skills = config.RequiredSkills.Select(r => r.Skill)
            .Concat(config.Widening.Where(w => w.BackupSkill is not null).Select(w => w.BackupSkill!.Skill))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        await GrainFactory.GetGrain<IRoutingDirectoryGrain>(RoutingDirectoryGrain.Key)
            .RegisterQueue(new QueueSummary(QueueId, config.Name, skills, OverflowInto(config)));
        await Router.ConfigureQueue(config);
        logger.LogInformation("Queue {QueueId} restored by {By}", QueueId, Actor.Current);
        return await Snapshot();
    }

    public Task<IReadOnlyList<AuditEntry>> GetAudit() => state.State.Config is null
        ? throw ContactCenterException.NotFound("Queue", QueueId)
        : Task.FromResult(state.State.Audit.NewestFirst());

    /// <summary>
    /// Connected and wrap-up work is held by agents, not by the queue. Retiring is rare, so one AlwaysInterleave
    /// question to each agent of the center is cheaper than tracking every answered interaction here.
    /// </summary>
    private async Task<IReadOnlyList<string>> AgentsHoldingWork()
    {
        var agents = await GrainFactory.GetGrain<IRoutingDirectoryGrain>(RoutingDirectoryGrain.Key).GetAgents();
        var holds = await Task.WhenAll(agents.Select(async a => (a, await GrainFactory.GetGrain<IAgentGrain>(a).HoldsWorkFrom(QueueId))));
        return holds.Where(h => h.Item2).Select(h => h.a).ToList();
    }

    private ContactCenterException Missing() => state.State.Audit.Retired
        ? new ContactCenterException(ErrorKind.NotFound, $"Queue '{QueueId}' is retired; restore it to use it again.")
        : ContactCenterException.NotFound("Queue", QueueId);
}
