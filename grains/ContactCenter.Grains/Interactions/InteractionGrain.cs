using Microsoft.Extensions.DependencyInjection;
using ContactCenter.Grains.Routing;
using ContactCenter.Grains.Storage;
using ContactCenter.Grains.Telemetry;
using Microsoft.Extensions.Options;

namespace ContactCenter.Grains.Interactions;

/// <summary>
/// One interaction and its lifecycle. Commands decide and change state before they await anyone,
/// so the AlwaysInterleave notifications arriving meanwhile always see the decision already made.
/// </summary>
public sealed partial class InteractionGrain(
    [PersistentState("interaction", GrainStorage.Interactions)] IPersistentState<InteractionState> state,
    IOptions<InteractionArchiveOptions> archive,
    TimeProvider time,
    RoutingRecovery recovery,
    CenterMetrics metrics,
    ILogger<InteractionGrain> logger) : Grain, IInteractionGrain
{
    /// <summary>A live interaction stays in memory at least this long; emails may wait for hours.</summary>
    private static readonly TimeSpan LiveRetention = TimeSpan.FromDays(1);

    /// <summary>Set while a transfer takes the interaction out of one queue, so no offer lands meanwhile.</summary>
    private bool _moving;

    private string Id => this.GetPrimaryKeyString();
    private InteractionState S => state.State;
    private readonly SerialStateWriter _writer = new(state.WriteStateAsync);

    public async Task<InteractionSnapshot> Create(NewInteraction request)
    {
        Ids.Require(Id, "interactionId");
        if (request is null) throw ContactCenterException.Invalid("body", "A request body is required.");
        request.Validate();
        if (S.Exists) return Retried(request);
        var (queueId, rule) = await ResolveQueue(request);
        var customer = string.IsNullOrWhiteSpace(request.CustomerId)
            ? CustomerRoutingInfo.Anonymous(null)
            : await GrainFactory.GetGrain<ICustomerGrain>(request.CustomerId).GetRoutingInfo();
        var now = time.GetUtcNow();
        var entry = new QueueEntry(Id, queueId, request.Channel, request.CustomerId, request.BasePriority ?? rule?.BasePriority ?? 0,
            customer.Tier, customer.LifetimeValue, customer.ChurnRisk, request.ExtraSkills ?? rule?.ExtraSkills ?? [], now, now, false, 0);
        S.Exists = true;
        S.Request = request;
        (S.Channel, S.CustomerId, S.CallerId, S.CreatedAt) = (request.Channel, request.CustomerId, request.CallerId, now);
        S.Attributes = new Dictionary<string, string>(request.Attributes ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase);
        S.Record(now, InteractionStatus.Created, $"{request.Channel} from {request.CallerId ?? "unknown caller"}");
        (S.QueueId, S.Entry) = (queueId, entry);
        S.Record(now, InteractionStatus.Queued, rule is null ? $"queued in {queueId}" : $"queued in {queueId} by rule '{rule.Name}'");
        DelayDeactivation(LiveRetention);
        await MakeDurable();
        metrics.Created(request.Channel, queueId);
        await EnqueueAndRecord(entry);
        return Snapshot();
    }

    public Task<InteractionSnapshot> GetSnapshot()
    {
        EnsureExists();
        return Task.FromResult(Snapshot());
    }

    public async Task<InteractionSnapshot> Answered()
    {
        EnsureStatus(InteractionStatus.Connected, InteractionStatus.Offered);
        await GrainFactory.GetGrain<IAgentGrain>(S.AgentId!).Accept(Id);
        return Snapshot();
    }

    public async Task<InteractionSnapshot> Ended()
    {
        EnsureStatus(InteractionStatus.WrapUp, InteractionStatus.Connected);
        await EndCall("customer ended; agent in wrap-up");
        return Snapshot();
    }

    public async Task<InteractionSnapshot> Abandon()
    {
        EnsureStatus(InteractionStatus.Abandoned, InteractionStatus.Queued, InteractionStatus.Offered);
        var (wasOffered, agentId, queueId) = (S.Status == InteractionStatus.Offered, S.AgentId, S.QueueId!);
        Finish(InteractionStatus.Abandoned, "caller hung up while waiting");
        metrics.Abandoned(S.Channel, queueId, S.EndedAt!.Value - S.CreatedAt);
        await Router.Remove(Id, InteractionStatus.Abandoned);
        if (wasOffered && agentId is not null) await GrainFactory.GetGrain<IAgentGrain>(agentId).OfferWithdrawn(Id, "caller hung up");
        await Persist();
        return Snapshot();
    }

    /// <summary>An idempotent retry: the same request gets the interaction as it now stands; a different one is refused.</summary>
    private InteractionSnapshot Retried(NewInteraction request)
    {
        if (S.Request is { } first && first.SameRequestAs(request)) return Snapshot();
        throw ContactCenterException.Conflict($"Interaction '{Id}' already exists, created by a different request; use a new interactionId.");
    }

    /// <summary>The queue by its id or by the first matching entry rule, from this silo's catalog (no call per arrival).</summary>
    private async Task<(string QueueId, EntryRule? Rule)> ResolveQueue(NewInteraction request)
    {
        var attributes = request.Attributes ?? new Dictionary<string, string>();
        var known = await Catalog.Current();
        EntryRule? rule = null;
        var queueId = request.QueueId;
        if (string.IsNullOrWhiteSpace(queueId))
        {
            rule = EntryRules.FirstMatch(known.Rules, request.Channel, attributes) ?? throw ContactCenterException.Invalid("attributes",
                $"No entry rule matches a {request.Channel} interaction with attributes {{{string.Join(", ", attributes.Select(a => $"{a.Key}={a.Value}"))}}}; give a queueId or add a rule.");
            queueId = rule.QueueId;
        }
        // Unknown to the catalog: new, retired, or never configured. The queue answers (NotFound names which).
        if (!known.QueueIds.Contains(queueId)) await GrainFactory.GetGrain<IQueueGrain>(queueId).GetConfig();
        return (queueId, rule);
    }

    private void EnsureExists()
    {
        if (!S.Exists) throw NotFound();
    }

    /// <summary>In embedded mode an old finished record may have left the capped archive: say so, not only "does not exist".</summary>
    private ContactCenterException NotFound() => archive.Value.Capacity is { } kept
        ? new(ErrorKind.NotFound, $"Interaction '{Id}' does not exist, or it finished long ago and left the live archive, which keeps the " +
            $"newest {kept:N0} finished interactions; the customer's contact history keeps its summary.")
        : ContactCenterException.NotFound("Interaction", Id);

    private void EnsureStatus(InteractionStatus to, params InteractionStatus[] from)
    {
        EnsureExists();
        if (!from.Contains(S.Status))
            throw ContactCenterException.Conflict($"Interaction '{Id}' cannot go from {S.Status} to {to}.");
    }

    private RoutingCatalog Catalog => _catalog ??= ServiceProvider.GetRequiredService<RoutingCatalog>();
    private RoutingCatalog? _catalog;

    private IRouterGrain Router => GrainFactory.GetGrain<IRouterGrain>(RouterKey.Center);

    private InteractionSnapshot Snapshot() => S.ToSnapshot(Id) with { Call = CallNow(time.GetUtcNow()) };
}
