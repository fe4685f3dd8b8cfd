using ContactCenter.Grains.Routing;
using ContactCenter.Grains.Telephony;
using Microsoft.Extensions.DependencyInjection;

namespace ContactCenter.Grains.Interactions;

/// <summary>
/// Call controls. The interaction owns the voice state (hold, mute, consult, conference parties): each command
/// checks the transition, has the telephony port do it, then records it, so a refusal or a failing port changes
/// nothing. Hold time is totalled here and pushed to the agents on the call, who add it to their figures.
/// </summary>
public sealed partial class InteractionGrain
{
    private ITelephonyPort? _phone;
    private ITelephonyPort Phone => _phone ??= ServiceProvider.GetRequiredService<ITelephonyPort>();

    public async Task<InteractionSnapshot> Hold()
    {
        var call = EnsureCall("OnHold", c => !c.OnHold && c.Consult is null);
        await Phone.Hold(Id);
        var now = time.GetUtcNow();
        S.Call = call with { OnHold = true, HoldSince = now };
        S.Record(now, InteractionStatus.Connected, "caller put on hold");
        return await CallChangedAsync();
    }

    public async Task<InteractionSnapshot> Resume()
    {
        var call = EnsureCall("Talking", c => c.OnHold && c.Consult is null);
        await Phone.Resume(Id);
        var now = time.GetUtcNow();
        S.Call = OffHold(call, now);
        S.Record(now, InteractionStatus.Connected, $"caller taken off hold after {(now - call.HoldSince!.Value).TotalSeconds:0} s");
        return await CallChangedAsync();
    }

    public async Task<InteractionSnapshot> Mute()
    {
        var call = EnsureCall("Muted", c => !c.Muted);
        await Phone.Mute(Id, S.AgentId!);
        S.Call = call with { Muted = true };
        S.Record(time.GetUtcNow(), InteractionStatus.Connected, "agent muted");
        return await CallChangedAsync();
    }

    public async Task<InteractionSnapshot> Unmute()
    {
        var call = EnsureCall("Unmuted", c => c.Muted);
        await Phone.Unmute(Id, S.AgentId!);
        S.Call = call with { Muted = false };
        S.Record(time.GetUtcNow(), InteractionStatus.Connected, "agent unmuted");
        return await CallChangedAsync();
    }

    public async Task<InteractionSnapshot> HangUp()
    {
        EnsureCall("WrapUp", _ => true);
        await Phone.HangUp(Id);
        await EndCall($"{S.AgentId} hung up; agent in wrap-up");
        return Snapshot();
    }

    public async Task<InteractionSnapshot> Consult(ConsultTarget target)
    {
        EnsureCall("Consulting", c => c.Consult is null && c.Parties.Count == 0);
        if (target is null || (target.AgentId is null && target.QueueId is null))
            throw ContactCenterException.Invalid("agentId", "Give an agentId or a queueId to consult.");
        if (target.AgentId is not null && target.QueueId is not null)
            throw ContactCenterException.Invalid("queueId", "Give either agentId or queueId, not both.");
        Ids.RequireOptional(target.AgentId, "agentId");
        Ids.RequireOptional(target.QueueId, "queueId");
        if (target.AgentId == S.AgentId) throw ContactCenterException.Invalid("agentId", $"Agent '{target.AgentId}' is already on the call.");
        var ownQueue = await GrainFactory.GetGrain<IQueueGrain>(S.QueueId!).GetConfig();
        var candidates = target.AgentId is { } named ? [named] : await FreeAgentsOf(target.QueueId!);
        // Decided only now: the awaits above let no command in, and notifications ignore a call without a consult.
        var call = EnsureCall("Consulting", c => c.Consult is null && c.Parties.Count == 0);
        var (from, now) = (S.AgentId!, time.GetUtcNow());
        var offer = new ConsultOffer(Id, S.Channel, S.QueueId!, from, now, ownQueue.OfferTimeoutSeconds, ownQueue.WrapUpSeconds);
        string? consulted = null;
        foreach (var candidate in candidates)
            if (await GrainFactory.GetGrain<IAgentGrain>(candidate).TryReserveConsult(offer)) { consulted = candidate; break; }
        if (consulted is null)
            throw ContactCenterException.Conflict(target.AgentId is not null
                ? $"Agent '{target.AgentId}' cannot take a consult now: not Ready, or no room for {S.Channel}."
                : $"No agent of queue '{target.QueueId}' is free to take a consult now.");
        try { await Phone.Consult(Id, from, consulted); }
        catch
        {
            await GrainFactory.GetGrain<IAgentGrain>(consulted).ConsultEnded(Id, "could not be dialled");
            throw;
        }
        S.Call = call with { OnHold = true, HoldSince = call.HoldSince ?? now, Consult = new ConsultLeg(consulted, target.QueueId, ConsultStatus.Ringing, now) };
        S.Record(now, InteractionStatus.Connected, $"{from} consults {consulted}{(target.QueueId is null ? "" : $" (from {target.QueueId})")}; caller on hold");
        return await CallChangedAsync();
    }

    public async Task<InteractionSnapshot> TransferToConsulted()
    {
        var call = EnsureCall("Transferred", c => c.Consult?.Status == ConsultStatus.Connected);
        var (from, to) = (S.AgentId!, call.Consult!.AgentId);
        await Phone.Transfer(Id, from, to);
        var now = time.GetUtcNow();
        S.Call = OffHold(call, now) with { Consult = null, Muted = false };
        S.AgentId = to;
        S.Transfers++;
        S.Record(now, InteractionStatus.Connected, $"transferred from {from} to {to} after a consult");
        await SaveLive();
        await GrainFactory.GetGrain<IAgentGrain>(from).InteractionTransferred(Id);
        await GrainFactory.GetGrain<IAgentGrain>(to).ConsultTakenOver(Id);
        return await CallChangedAsync();
    }

    public async Task<InteractionSnapshot> Conference()
    {
        var call = EnsureCall("Conference", c => c.Consult?.Status == ConsultStatus.Connected);
        var parties = call.Parties.Append(call.Consult!.AgentId).ToArray();
        await Phone.Conference(Id, [S.AgentId!, .. parties]);
        var now = time.GetUtcNow();
        S.Call = OffHold(call, now) with { Consult = null, Parties = parties };
        S.Record(now, InteractionStatus.Connected, $"conference: the caller, {S.AgentId} and {string.Join(", ", parties)}");
        return await CallChangedAsync();
    }

    public async Task<InteractionSnapshot> CancelConsult()
    {
        var call = EnsureCall("Talking", c => c.Consult is not null);
        var consulted = call.Consult!.AgentId;
        await Phone.CancelConsult(Id, consulted);
        S.Call = call with { Consult = null };
        S.Record(time.GetUtcNow(), InteractionStatus.Connected, $"consult with {consulted} cancelled; caller still on hold");
        await GrainFactory.GetGrain<IAgentGrain>(consulted).ConsultEnded(Id, $"was cancelled by {S.AgentId}");
        return await CallChangedAsync();
    }

    public Task<bool> ConsultAnswered(string agentId)
    {
        if (S.Status != InteractionStatus.Connected || S.Call?.Consult is not { Status: ConsultStatus.Ringing } leg || leg.AgentId != agentId)
            return Task.FromResult(false);
        var now = time.GetUtcNow();
        S.Call = S.Call with { Consult = leg with { Status = ConsultStatus.Connected, Since = now } };
        S.Record(now, InteractionStatus.Connected, $"{agentId} answered the consult");
        CallChangedLater();
        return Task.FromResult(true);
    }

    public Task ConsultRefused(string agentId, string reason)
    {
        if (S.Call?.Consult?.AgentId != agentId) return Task.CompletedTask;
        S.Call = S.Call with { Consult = null };
        S.Record(time.GetUtcNow(), InteractionStatus.Connected, $"consult with {agentId} {reason}; caller still on hold");
        CallChangedLater();
        return Task.CompletedTask;
    }

    /// <summary>The call ends (customer or agent): hold is closed, a consult dropped, everyone on it enters wrap-up.</summary>
    private async Task EndCall(string detail)
    {
        var now = time.GetUtcNow();
        var consulted = S.Call?.Consult?.AgentId;
        if (S.Call is { } call) S.Call = OffHold(call, now) with { Consult = null };
        S.EndedAt = now;
        S.Record(now, InteractionStatus.WrapUp, detail);
        await CallChangedAsync();
        if (consulted is not null) await GrainFactory.GetGrain<IAgentGrain>(consulted).ConsultEnded(Id, "ended with the call");
        foreach (var agentId in OnTheCall()) await GrainFactory.GetGrain<IAgentGrain>(agentId).InteractionEnded(Id);
    }

    /// <summary>The call state as of now, with live totals; null before the interaction is first connected.</summary>
    private CallState? CallNow(DateTimeOffset now)
    {
        if (S.ConnectedAt is not { } connectedAt) return null;
        var call = S.Call ?? CallState.Idle(connectedAt);
        var held = call.HoldSeconds + (call is { OnHold: true, HoldSince: { } since } ? (now - since).TotalSeconds : 0);
        var talkEnd = S.Status is InteractionStatus.Connected ? now : S.EndedAt ?? now;
        return call with { HoldSeconds = held, TalkSeconds = Math.Max(0, (talkEnd - connectedAt).TotalSeconds), At = now };
    }

    private static CallState OffHold(CallState call, DateTimeOffset now) => call.HoldSince is { } since
        ? call with { OnHold = false, HoldSince = null, HoldSeconds = call.HoldSeconds + (now - since).TotalSeconds }
        : call;

    /// <summary>Refuses (409 naming both states) unless connected and the call may make this move; changes nothing.</summary>
    private CallState EnsureCall(string to, Func<CallState, bool> allowed)
    {
        EnsureExists();
        if (S.Status != InteractionStatus.Connected || S.AgentId is null)
            throw ContactCenterException.Conflict($"Interaction '{Id}' cannot go from {S.Status} to {to}.");
        if (S.Channel == Channel.Callback && S.Call is null && to != "Dialing")
            throw ContactCenterException.Conflict($"Callback '{Id}' is not dialed yet: dial the customer first (cannot go from Connected to {to}).");
        var call = S.Call ?? CallState.Idle(S.ConnectedAt ?? time.GetUtcNow());
        if (!allowed(call)) throw ContactCenterException.Conflict($"The call of interaction '{Id}' cannot go from {call.Name} to {to}.");
        return call;
    }

    /// <summary>A blind transfer moves one agent's call: not while a consult rings or a conference holds a second agent.</summary>
    private void EnsureNoSecondAgent(string to)
    {
        if (S.Call is { } call && (call.Consult is not null || call.Parties.Count > 0))
            throw ContactCenterException.Conflict($"The call of interaction '{Id}' cannot go from {call.Name} to {to}: end the consult or conference first.");
    }

    private IEnumerable<string> OnTheCall() => S.Call?.Parties.Prepend(S.AgentId!) ?? [S.AgentId!];

    private IEnumerable<string> ToldOfTheCall() =>
        S.Call?.Consult is { } leg ? OnTheCall().Append(leg.AgentId) : OnTheCall();

    /// <summary>Tells the agents on the call (and a consulted one) the new state, and waits: used by commands.</summary>
    private async Task<InteractionSnapshot> CallChangedAsync()
    {
        var call = CallNow(time.GetUtcNow())!;
        await Task.WhenAll(ToldOfTheCall().Select(a => GrainFactory.GetGrain<IAgentGrain>(a).CallChanged(Id, call)));
        return Snapshot();
    }

    /// <summary>The same without waiting, from notifications, which must not await.</summary>
    private void CallChangedLater()
    {
        var call = CallNow(time.GetUtcNow())!;
        foreach (var agentId in ToldOfTheCall())
            FireAndForget.Run(GrainFactory.GetGrain<IAgentGrain>(agentId).CallChanged(Id, call), logger, "call state to agent");
    }

    private async Task<string[]> FreeAgentsOf(string queueId)
    {
        var queue = await GrainFactory.GetGrain<IQueueGrain>(queueId).GetSnapshot();
        return queue.AvailableAgents.Where(a => a != S.AgentId).ToArray();
    }
}
