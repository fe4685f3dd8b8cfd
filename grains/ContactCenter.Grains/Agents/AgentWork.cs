namespace ContactCenter.Grains.Agents;

/// <summary>
/// An agent's live work and the presence it implies. Base is what the agent chose (LoggedOut, Ready,
/// NotReady); work overrides it: any connected item means Busy, a pending offer Reserved, wrap-up WrapUp.
/// </summary>
internal sealed class AgentWork
{
    private readonly Dictionary<string, WorkItem> _items = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Offer> _offers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ConsultOffer> _consults = new(StringComparer.Ordinal);

    public AgentPresence Base { get; private set; } = AgentPresence.LoggedOut;
    public string? Reason { get; private set; }
    public IReadOnlyCollection<WorkItem> Items => _items.Values;

    public AgentPresence Presence =>
        _items.Values.Any(i => i.Status == WorkStatus.Connected) ? AgentPresence.Busy
        : _items.Count > 0 && _items.Values.Any(i => i.Status == WorkStatus.Offered) ? AgentPresence.Reserved
        : _items.Count > 0 ? AgentPresence.WrapUp
        : Base;

    public void SetBase(AgentPresence presence, string? reason = null)
    {
        Base = presence;
        Reason = presence == AgentPresence.NotReady ? reason : null;
    }

    /// <summary>Channels the agent can take one more interaction on now (see ChannelCapacity.HasRoomFor); at most one offer at a time.</summary>
    public IReadOnlyList<Channel> OpenChannels(ChannelCapacity capacity)
    {
        if (Base != AgentPresence.Ready || _items.Values.Any(i => i.Status == WorkStatus.Offered)) return [];
        var held = _items.Values.Select(i => i.Channel).ToArray();
        return Enum.GetValues<Channel>().Where(c => capacity.HasRoomFor(c, held)).ToArray();
    }

    public WorkItem? Find(string interactionId) => _items.GetValueOrDefault(interactionId);

    public Offer? OfferFor(string interactionId) => _offers.GetValueOrDefault(interactionId);

    public IEnumerable<Offer> PendingOffers => _offers.Values;

    /// <summary>Consult requests still ringing on this agent's console.</summary>
    public IEnumerable<ConsultOffer> PendingConsults => _consults.Values;

    public void Reserve(Offer offer, DateTimeOffset now)
    {
        var e = offer.Entry;
        _items[e.InteractionId] = new WorkItem(e.InteractionId, e.Channel, e.QueueId, WorkStatus.Offered, now, null,
            now.AddSeconds(offer.TimeoutSeconds), offer.WrapUpSeconds);
        _offers[e.InteractionId] = offer;
    }

    public void ReserveConsult(ConsultOffer offer, DateTimeOffset now)
    {
        _items[offer.InteractionId] = new WorkItem(offer.InteractionId, offer.Channel, offer.QueueId, WorkStatus.Offered, now, null,
            now.AddSeconds(offer.TimeoutSeconds), offer.WrapUpSeconds, ConsultFrom: offer.FromAgentId);
        _consults[offer.InteractionId] = offer;
    }

    public void Set(WorkItem item)
    {
        _items[item.InteractionId] = item;
        if (item.Status == WorkStatus.Offered) return;
        _offers.Remove(item.InteractionId);
        _consults.Remove(item.InteractionId);
    }

    /// <summary>Puts back an offered item and its offer exactly as they were.</summary>
    public void Restore(WorkItem offered, Offer offer)
    {
        _items[offered.InteractionId] = offered;
        _offers[offered.InteractionId] = offer;
    }

    public void Remove(string interactionId)
    {
        _items.Remove(interactionId);
        _offers.Remove(interactionId);
        _consults.Remove(interactionId);
    }
}
