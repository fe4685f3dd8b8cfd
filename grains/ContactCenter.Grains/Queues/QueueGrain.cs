using ContactCenter.Grains.Storage;
using ContactCenter.Grains.Live;
using ContactCenter.Grains.Routing;

namespace ContactCenter.Grains.Queues;

/// <summary>
/// One queue. Not reentrant: while it awaits an agent or an interaction, it only awaits their
/// AlwaysInterleave notification methods, so agents and interactions may call it without deadlock.
/// </summary>
public sealed partial class QueueGrain(
    [PersistentState("queue", GrainStorage.Name)] IPersistentState<QueueState> state,
    TimeProvider time,
    LivePublisher live,
    ILogger<QueueGrain> logger) : Grain, IQueueGrain
{
    private string QueueId => this.GetPrimaryKeyString();

    private QueueConfig Config => state.State.Config is { } config && !state.State.Audit.Retired ? config : throw Missing();

    private IRouterGrain Router => GrainFactory.GetGrain<IRouterGrain>(RouterKey.Center);

    public async Task<QueueSnapshot> Configure(QueueConfig config)
    {
        if (config is null) throw ContactCenterException.Invalid("body", "A queue configuration is required.");
        config.Validate();
        if (config.QueueId != QueueId)
            throw ContactCenterException.Invalid("queueId", $"queueId '{config.QueueId}' does not match the queue '{QueueId}'.");
        await RequireOverflowTargetExists(config.Overflow);
        AuditConfigure(config);
        state.State.Config = config with { Widening = config.Widening ?? [] };
        await state.WriteStateAsync();
        var skills = QueueSkills.Of(config);
        await GrainFactory.GetGrain<IRoutingDirectoryGrain>(RoutingDirectoryGrain.Key)
            .RegisterQueue(new QueueSummary(QueueId, config.Name, skills, OverflowInto(config)));
        await Router.ConfigureQueue(state.State.Config);
        logger.LogInformation("Queue {QueueId} configured: {Skills}", QueueId, string.Join(",", skills));
        return await Snapshot();
    }

    public Task<QueueConfig> GetConfig() => Task.FromResult(Config);

    /// <summary>An overflow into a queue nobody configured would end every overflowing call in an error.</summary>
    private async Task RequireOverflowTargetExists(OverflowTarget overflow)
    {
        if (overflow.Kind != OverflowKind.Queue) return;
        var queues = await GrainFactory.GetGrain<IRoutingDirectoryGrain>(RoutingDirectoryGrain.Key).GetQueues();
        if (!queues.Any(q => q.QueueId == overflow.QueueId))
            throw ContactCenterException.Invalid("overflow.queueId", $"Queue '{overflow.QueueId}' does not exist; configure it first.");
    }

    public Task<QueueSnapshot> GetSnapshot() => Snapshot();

    public Task Evaluate()
    {
        _ = Config;
        return Router.Evaluate();
    }

    public Task<string?> SuggestCaseOwner(string? exceptAgentId, IReadOnlyList<string>? excluded = null)
    {
        _ = Config;
        return Router.SuggestCaseOwner(QueueId, exceptAgentId, excluded);
    }

    /// <summary>The configuration with the router's live view of this queue.</summary>
    private async Task<QueueSnapshot> Snapshot()
    {
        var config = Config;
        var view = await Router.GetQueueView(QueueId);
        return new QueueSnapshot(config, view.Waiting, view.AvailableAgents, view.Today, time.GetUtcNow(), view.Recent);
    }
}
