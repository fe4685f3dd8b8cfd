using ContactCenter.Grains.Storage;
using ContactCenter.Grains.Live;
using ContactCenter.Grains.Routing;
using Orleans.Utilities;

namespace ContactCenter.Grains.Agents;

/// <summary>
/// One agent. Not reentrant; the AlwaysInterleave notifications (TryReserve, OfferWithdrawn, ...)
/// change state without awaiting, so queues and interactions can call in while the agent awaits them.
/// </summary>
public sealed partial class AgentGrain(
    [PersistentState("agent", GrainStorage.Name)] IPersistentState<AgentState> state,
    TimeProvider time,
    LivePublisher live,
    RoutingRecovery recovery,
    ILogger<AgentGrain> logger) : Grain, IAgentGrain
{
    private static readonly TimeSpan TimerPeriod = TimeSpan.FromSeconds(1);

    private readonly AgentWork _work = new();
    private readonly ObserverManager<IAgentObserver> _observers = new(TimeSpan.FromMinutes(5), logger);
    private IReadOnlyList<string> _queues = [];
    private AgentCounters _counters = AgentCounters.Zero;
    private AgentPresence _shownPresence = AgentPresence.LoggedOut;
    private DateTimeOffset _stateSince;
    private DateTimeOffset? _idleSince;
    private long _version;
    private AgentNotice? _notice;
    private IGrainTimer? _timer;

    private string AgentId => this.GetPrimaryKeyString();

    private AgentProfile Profile => state.State.Profile is { } profile && !state.State.Audit.Retired ? profile : throw Missing();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _stateSince = time.GetUtcNow();
        // Versions must keep rising across activations: queues and consoles ignore anything not newer than
        // what they have seen, and a grain reactivated after its silo died would otherwise start again at 0.
        _version = _stateSince.UtcTicks;
        await RestoreAfterFailover();
    }

    public async Task<AgentSnapshot> Configure(AgentProfile profile)
    {
        if (profile is null) throw ContactCenterException.Invalid("body", "An agent profile is required.");
        profile = profile with { AgentId = string.IsNullOrWhiteSpace(profile.AgentId) ? AgentId : profile.AgentId };
        profile.Validate();
        if (profile.AgentId != AgentId)
            throw ContactCenterException.Invalid("agentId", $"agentId '{profile.AgentId}' does not match the agent '{AgentId}'.");
        AuditConfigure(profile);
        state.State.Profile = profile;
        await state.WriteStateAsync();
        await GrainFactory.GetGrain<IRoutingDirectoryGrain>(RoutingDirectoryGrain.Key).RegisterAgent(AgentId);
        if (_work.Base == AgentPresence.LoggedOut) return Changed();
        await RefreshQueues();
        Changed();
        await PullWork();
        return Snapshot();
    }

    public Task<AgentSnapshot> GetSnapshot() => Task.FromResult(Snapshot());

    public async Task<AgentSnapshot> Login()
    {
        PresenceRules.EnsureCanRequest(AgentId, Presence(), AgentPresence.NotReady);
        if (_work.Base != AgentPresence.LoggedOut)
            throw PresenceRules.Refused(AgentId, Presence(), AgentPresence.NotReady, "already logged in");
        await RefreshQueues();
        _work.SetBase(AgentPresence.NotReady, "login");
        StartTimer();
        var snapshot = Changed();
        await RememberChoice();
        await PublishAsync();
        logger.LogInformation("Agent {AgentId} logged in, serving {Queues}", AgentId, string.Join(",", _queues));
        return snapshot;
    }

    public async Task<AgentSnapshot> SetReady()
    {
        PresenceRules.EnsureCanRequest(AgentId, Presence(), AgentPresence.Ready);
        await RefreshQueues();
        _work.SetBase(AgentPresence.Ready);
        Changed();
        await RememberChoice();
        await PullWork();
        return Snapshot();
    }

    public async Task<AgentSnapshot> SetNotReady(string reason)
    {
        Bounds.RequireText(reason, "reason", Bounds.MaxReason);
        PresenceRules.EnsureCanRequest(AgentId, Presence(), AgentPresence.NotReady);
        _work.SetBase(AgentPresence.NotReady, reason.Trim());
        var snapshot = Changed();
        await RememberChoice();
        await PublishAsync();
        return snapshot;
    }

    public async Task<AgentSnapshot> Logout()
    {
        PresenceRules.EnsureCanRequest(AgentId, Presence(), AgentPresence.LoggedOut);
        _work.SetBase(AgentPresence.LoggedOut);
        var snapshot = Changed();
        await RememberChoice();
        await PublishAsync();
        _timer?.Dispose();
        _timer = null;
        return snapshot;
    }

    public async Task Subscribe(IAgentObserver observer)
    {
        _observers.Subscribe(observer, observer);
        await ResumeIfReconnecting();
    }

    private void StartTimer() =>
        _timer ??= this.RegisterGrainTimer(_ => EvaluateTimers(), new GrainTimerCreationOptions(TimerPeriod, TimerPeriod) { KeepAlive = true });

    public Task Unsubscribe(IAgentObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    private AgentPresence Presence()
    {
        _ = Profile;
        return _work.Presence;
    }

    private async Task RefreshQueues()
    {
        var skills = Profile.Skills.Select(s => s.Skill).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var queues = await GrainFactory.GetGrain<IRoutingDirectoryGrain>(RoutingDirectoryGrain.Key).GetQueues();
        _queues = queues.Where(q => q.Skills.Any(skills.Contains)).Select(q => q.QueueId).ToArray();
    }

    private AgentAvailability Availability() =>
        new(AgentId, _version, Profile.Skills, _idleSince, _work.OpenChannels(Profile.Capacity));

    /// <summary>Tells every queue of this agent what it can take now, and waits until they know.</summary>
    private Task PublishAsync()
    {
        var availability = Availability();
        return Task.WhenAll(_queues.Select(q => GrainFactory.GetGrain<IQueueGrain>(q).UpdateAgent(availability)));
    }

    /// <summary>Same, without waiting: used from notification methods, which must not await.</summary>
    private void PublishLater()
    {
        var availability = Availability();
        foreach (var q in _queues) FireAndForget.Run(GrainFactory.GetGrain<IQueueGrain>(q).UpdateAgentLater(availability), logger, "availability update");
    }

    /// <summary>Call after every change: keeps time-in-state and idle-since, bumps the version, tells observers.</summary>
    private AgentSnapshot Changed()
    {
        var now = time.GetUtcNow();
        var presence = _work.Presence;
        if (presence != _shownPresence)
        {
            _stateSince = now;
            _shownPresence = presence;
        }
        _idleSince = presence == AgentPresence.Ready ? _idleSince ?? now : null;
        _version++;
        var snapshot = Snapshot();
        live.Publish(LiveViews.Of(snapshot));
        _observers.Notify(o => { FireAndForget.Run(o.OnAgentChanged(snapshot), logger, "observer notification"); });
        return snapshot;
    }

    private AgentSnapshot Snapshot() => new(
        Profile, _work.Presence, _work.Reason, _stateSince, _idleSince,
        _work.Items.OrderBy(i => i.Since).ToArray(), _counters, _queues, _version, _notice);
}
