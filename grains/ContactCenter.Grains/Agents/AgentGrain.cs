using ContactCenter.Grains.Storage;
using ContactCenter.Grains.Live;
using ContactCenter.Grains.Routing;
using Orleans.Utilities;

namespace ContactCenter.Grains.Agents;

/// <summary>
/// One agent. Not reentrant; the AlwaysInterleave notifications (Offer, TryReserve, OfferWithdrawn, ...)
/// change state without awaiting, so the router and interactions can call in while the agent awaits them.
/// What it can take goes to the router, one message per change; no timer runs unless something is due.
/// </summary>
public sealed partial class AgentGrain(
    [PersistentState("agent", GrainStorage.Name)] IPersistentState<AgentState> state,
    TimeProvider time,
    LivePublisher live,
    RoutingRecovery recovery,
    RoutingCatalog catalog,
    ILogger<AgentGrain> logger) : Grain, IAgentGrain
{
    private readonly AgentWork _work = new();
    private readonly ObserverManager<IAgentObserver> _observers = new(TimeSpan.FromMinutes(5), logger);
    private IReadOnlyList<string> _queues = [];
    private AgentCounters _counters = AgentCounters.Zero;
    private AgentPresence _shownPresence = AgentPresence.LoggedOut;
    private DateTimeOffset _stateSince;
    private DateTimeOffset? _idleSince;
    private long _version;
    private AgentNotice? _notice;
    /// <summary>The availability the router last heard, so an unchanged one is not sent again.</summary>
    private AgentAvailability? _told;

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
        return snapshot;
    }

    public async Task Subscribe(IAgentObserver observer)
    {
        _observers.Subscribe(observer, observer);
        await ResumeIfReconnecting();
    }

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
        var skills = Profile.Skills;
        var queues = (await catalog.Current()).Queues;
        _queues = queues.Where(q => QueueSkills.Serves(q.Skills, skills)).Select(q => q.QueueId).ToArray();
    }

    private AgentAvailability Availability() =>
        new(AgentId, _version, Profile.Skills, _idleSince, _work.OpenChannels(Profile.Capacity));

    private IRouterGrain Router => GrainFactory.GetGrain<IRouterGrain>(RouterKey.Center);

    /// <summary>
    /// Tells the router what the agent can take now, and waits until it knows; a free agent is offered the best waiting
    /// work across its queues (the offer comes one-way). Nothing is sent when the router already knows it.
    /// </summary>
    private Task PublishAsync() => Unheard() is { } availability ? Router.AgentChanged(availability) : Task.CompletedTask;

    /// <summary>Same, without waiting: used from notification methods, which must not await.</summary>
    private void PublishLater()
    {
        if (Unheard() is { } availability) FireAndForget.Run(Router.AgentChanged(availability), logger, "availability update");
    }

    /// <summary>The availability now, when it differs from what the router last heard (which it then becomes).</summary>
    private AgentAvailability? Unheard()
    {
        if (state.State.Profile is null) return null;
        var now = Availability();
        if (_told is { } told && ReferenceEquals(told.Skills, now.Skills) && told.IdleSince == now.IdleSince
            && told.OpenChannels.SequenceEqual(now.OpenChannels)) return null;
        return _told = now;
    }

    /// <summary>The availability now, sent with an answer to the router (which it then knows).</summary>
    private AgentAvailability Told() => _told = Availability();

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
        ArmTimer();
        _observers.Notify(o => { FireAndForget.Run(o.OnAgentChanged(snapshot), logger, "observer notification"); });
        return snapshot;
    }

    private AgentSnapshot Snapshot() => new(
        Profile, _work.Presence, _work.Reason, _stateSince, _idleSince,
        _work.Items.OrderBy(i => i.Since).ToArray(), _counters, _queues, _version, _notice);
}
