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
    RoutingRecovery recovery,
    ILogger<QueueGrain> logger) : Grain, IQueueGrain
{
    private static readonly TimeSpan EvaluatePeriod = TimeSpan.FromSeconds(1);

    private readonly WaitingRoom _room = new();
    private readonly Dictionary<string, AgentAvailability> _agents = new(StringComparer.Ordinal);
    private readonly QueueStatistics _stats = new();
    private IGrainTimer? _timer;

    private string QueueId => this.GetPrimaryKeyString();

    private QueueConfig Config => state.State.Config is { } config && !state.State.Audit.Retired ? config : throw Missing();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Config is null || state.State.Audit.Retired) return;
        StartTimer();
        await AskAgentsToAnnounce();
    }

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
        var skills = config.RequiredSkills.Select(r => r.Skill)
            .Concat(config.Widening?.Where(w => w.BackupSkill is not null).Select(w => w.BackupSkill!.Skill) ?? [])
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        await GrainFactory.GetGrain<IRoutingDirectoryGrain>(RoutingDirectoryGrain.Key)
            .RegisterQueue(new QueueSummary(QueueId, config.Name, skills, OverflowInto(config)));
        StartTimer();
        logger.LogInformation("Queue {QueueId} configured: {Skills}", QueueId, string.Join(",", skills));
        await Dispatch("timer");
        PublishLive();
        return Snapshot();
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

    public Task<QueueSnapshot> GetSnapshot() => Task.FromResult(Snapshot());

    public Task<bool> Remove(string interactionId, InteractionStatus reason)
    {
        var removed = _room.Remove(interactionId);
        if (removed && reason == InteractionStatus.Abandoned) Record(s => s.Abandon());
        PublishLive();
        return Task.FromResult(removed);
    }

    public Task UpdateAgent(AgentAvailability availability)
    {
        Remember(availability);
        PublishLive();
        return Task.CompletedTask;
    }

    public Task UpdateAgentLater(AgentAvailability availability) => UpdateAgent(availability);

    public Task RecordAnswered(string interactionId, double waitSeconds)
    {
        _room.Remove(interactionId);
        var target = Config.ServiceLevel;
        Record(s => s.AnsweredAfter(waitSeconds, target));
        PublishLive();
        return Task.CompletedTask;
    }

    public Task RecordCompleted(double handleSeconds)
    {
        Record(s => s.CompletedAfter(handleSeconds));
        PublishLive();
        return Task.CompletedTask;
    }

    private void Remember(AgentAvailability availability)
    {
        if (!_agents.TryGetValue(availability.AgentId, out var known) || availability.Version > known.Version)
            _agents[availability.AgentId] = availability;
    }

    /// <summary>Hands the wallboard view to this silo's publisher; repeats are dropped there.</summary>
    private void PublishLive()
    {
        if (state.State.Config is not { } config || state.State.Audit.Retired) return;
        var oldest = _room.Waiting.Select(e => (DateTimeOffset?)e.ArrivedAt).Min();
        var now = time.GetUtcNow();
        live.Publish(LiveViews.Of(config, _room.WaitingCount, oldest, _agents.Values.Count(a => a.OpenChannels.Count > 0),
            _stats.Today(now), _stats.Recent(now)));
    }

    private void Record(Func<QueueStats, QueueStats> change) => _stats.Record(time.GetUtcNow(), change);

    private void StartTimer() => _timer ??= this.RegisterGrainTimer(
        ct => Evaluate(), new GrainTimerCreationOptions(EvaluatePeriod, EvaluatePeriod) { KeepAlive = true });

    private QueueSnapshot Snapshot()
    {
        var config = Config;
        var now = time.GetUtcNow();
        var waiting = _room.Ordered(config, now).Select(x => Item(x.Entry, x.Score, false))
            .Concat(_room.Offered.Select(e => Item(e, PriorityScore.Of(e, config, now), true)));
        var available = _agents.Values.Where(a => a.OpenChannels.Count > 0).Select(a => a.AgentId).Order();
        return new QueueSnapshot(config, waiting.ToArray(), available.ToArray(), _stats.Today(now), now, _stats.Recent(now));

        WaitingItem Item(QueueEntry e, ScoreBreakdown score, bool offered) => new(
            e.InteractionId, e.Channel, e.CustomerId, e.QueuedAt, (now - e.ArrivedAt).TotalSeconds, score,
            Requirements.For(config, e, (now - e.QueuedAt).TotalSeconds).All, offered);
    }
}
