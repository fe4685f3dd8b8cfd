using ContactCenter.Grains.Routing;

namespace ContactCenter.Grains.Interactions;

/// <summary>
/// Callbacks. The original interaction ends as CallbackScheduled and names its callback; the callback is a new
/// Callback-channel interaction that names its original, keeps the original's arrival time (so its age and place
/// are kept) and waits, stored, in its queue's schedule until due. Then it is queued and offered like any work,
/// and the agent who takes it dials the customer through the telephony port.
/// </summary>
public sealed partial class InteractionGrain
{
    public async Task<InteractionSnapshot> RequestCallback(DateTimeOffset? at)
    {
        EnsureExists();
        if (S.Channel == Channel.Callback)
            throw ContactCenterException.Conflict($"Interaction '{Id}' is itself a callback; it is dialed by the agent who takes it.");
        // A retry of a request that succeeded gets the same callback.
        if (S.Status == InteractionStatus.CallbackScheduled && S.Callback?.CallbackId is { } existing)
            return await GrainFactory.GetGrain<IInteractionGrain>(existing).GetSnapshot();
        EnsureStatus(InteractionStatus.CallbackScheduled, InteractionStatus.Queued, InteractionStatus.Offered);
        if (_moving) throw ContactCenterException.Conflict($"Interaction '{Id}' is being moved to another queue; ask again in a moment.");
        var dueAt = CallbackPolicy.DueAt(at, time.GetUtcNow());
        var (wasOffered, agentId) = (S.Status == InteractionStatus.Offered, S.AgentId);
        var callbackId = CallbackPolicy.CallbackIdFor(Id);
        S.Callback = new CallbackInfo(null, callbackId, dueAt, 0, null);
        Finish(InteractionStatus.CallbackScheduled, $"caller chose a callback {(at is null ? "as soon as possible" : $"at {dueAt:yyyy-MM-dd HH:mm} UTC")}: callback {callbackId}");
        await Router.Remove(Id, InteractionStatus.CallbackScheduled);
        if (wasOffered && agentId is not null) await GrainFactory.GetGrain<IAgentGrain>(agentId).OfferWithdrawn(Id, "the caller chose a callback");
        await Persist();
        return await GrainFactory.GetGrain<IInteractionGrain>(callbackId).GetSnapshot();
    }

    /// <summary>At the maximum wait of a queue whose overflow is Callback: the callback is due at once.</summary>
    private string MarkCallbackFromOverflow(DateTimeOffset now)
    {
        var callbackId = CallbackPolicy.CallbackIdFor(Id);
        S.Callback = new CallbackInfo(null, callbackId, now, 0, null);
        return callbackId;
    }

    /// <summary>Creates the callback an ended original names (idempotent, so Persist may run it again).</summary>
    private async Task EnsureCallbackCreated()
    {
        if (S.Channel == Channel.Callback || S.Status != InteractionStatus.CallbackScheduled) return;
        if (S.Callback is not { CallbackId: { } callbackId, DueAt: { } dueAt } || S.Entry is not { } entry) return;
        var request = (S.Request ?? new NewInteraction(S.Channel, S.CustomerId, S.CallerId, S.Attributes)) with
        {
            Channel = Channel.Callback,
            QueueId = entry.QueueId,
        };
        var callbackEntry = entry with { InteractionId = callbackId, Channel = Channel.Callback, AtFront = false, OverflowHops = 0 };
        await GrainFactory.GetGrain<IInteractionGrain>(callbackId).ScheduleCallback(new CallbackOrigin(Id, request, callbackEntry, dueAt));
    }

    public async Task<InteractionSnapshot> ScheduleCallback(CallbackOrigin origin)
    {
        Ids.Require(Id, "interactionId");
        ArgumentNullException.ThrowIfNull(origin);
        if (S.Exists)
        {
            if (S.Callback?.OriginalId != origin.OriginalId)
                throw ContactCenterException.Conflict($"Interaction '{Id}' already exists and is not the callback of '{origin.OriginalId}'.");
            // A retry after the schedule could not be told: tell it again (adding is idempotent).
            if (S.Status == InteractionStatus.Created) await Schedule.Add(Id, S.Callback.DueAt ?? time.GetUtcNow());
            return Snapshot();
        }
        var now = time.GetUtcNow();
        var request = origin.Request;
        S.Exists = true;
        S.Request = request;
        (S.Channel, S.CustomerId, S.CallerId, S.CreatedAt) = (Channel.Callback, request.CustomerId, request.CallerId, now);
        S.Attributes = new Dictionary<string, string>(request.Attributes ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase);
        (S.QueueId, S.Entry) = (origin.Entry.QueueId, origin.Entry with { InteractionId = Id, Channel = Channel.Callback });
        S.Callback = new CallbackInfo(origin.OriginalId, null, origin.DueAt, 0, null, S.QueueId);
        S.Record(now, InteractionStatus.Created,
            $"callback of {origin.OriginalId} to {request.CallerId ?? "unknown number"}, keeping its arrival at {origin.Entry.ArrivedAt:HH:mm:ss} UTC; due {origin.DueAt:yyyy-MM-dd HH:mm} UTC");
        await MakeDurable();
        // Stored in every mode: the wait may be days, longer than a live interaction stays in memory.
        await _writer.WriteAsync();
        metrics.Created(Channel.Callback, S.QueueId);
        await Schedule.Add(Id, origin.DueAt);
        return Snapshot();
    }

    public async Task CallbackDue()
    {
        // Already queued (a repeated release), or ended meanwhile.
        if (!S.Exists || S.Channel != Channel.Callback || S.Status != InteractionStatus.Created || S.Entry is null) return;
        var now = time.GetUtcNow();
        var entry = S.Entry with { QueuedAt = now, AtFront = false };
        S.Entry = entry;
        var attempt = S.Callback!.Attempts + 1;
        S.Record(now, InteractionStatus.Queued, $"callback due (attempt {attempt} of {CallbackPolicy.MaxAttempts}); queued in {S.QueueId} with its original arrival");
        DelayDeactivation(LiveRetention);
        await _writer.WriteAsync();
        await EnqueueAndRecord(entry);
    }

    public async Task<InteractionSnapshot> Dial()
    {
        EnsureExists();
        if (S.Channel != Channel.Callback)
            throw ContactCenterException.Conflict($"Interaction '{Id}' is a {S.Channel} interaction; only a callback is dialed.");
        EnsureCall("Dialing", _ => S.Call is null);
        var number = S.CallerId ?? throw ContactCenterException.Conflict($"Callback '{Id}' has no number to dial.");
        var agentId = S.AgentId!;
        var outcome = await Phone.Dial(Id, agentId, number);
        // The agent may have completed or been forced off meanwhile: then the dial counts for nothing here.
        if (S.Status != InteractionStatus.Connected || S.AgentId != agentId || S.Call is not null)
            throw ContactCenterException.Conflict($"Callback '{Id}' changed while dialing; it is now {S.Status}.");
        var now = time.GetUtcNow();
        var attempts = S.Callback!.Attempts + 1;
        S.Callback = S.Callback with { Attempts = attempts, LastOutcome = outcome };
        await Schedule.Remove(Id);
        if (outcome != DialOutcome.Answered) return await DialFailed(agentId, number, outcome, attempts, now);
        S.Call = CallState.Idle(now);
        S.Record(now, InteractionStatus.Connected, $"{agentId} dialed {number}: answered (attempt {attempts} of {CallbackPolicy.MaxAttempts})");
        await SaveLive();
        return await CallChangedAsync();
    }

    /// <summary>No answer or busy: the agent goes to wrap-up, and the callback waits for its next try or ends Abandoned.</summary>
    private async Task<InteractionSnapshot> DialFailed(string agentId, string number, DialOutcome outcome, int attempts, DateTimeOffset now)
    {
        var what = outcome == DialOutcome.Busy ? "busy" : "no answer";
        if (attempts >= CallbackPolicy.MaxAttempts)
        {
            Finish(InteractionStatus.Abandoned, $"customer not reached: {what} on attempt {attempts} of {CallbackPolicy.MaxAttempts}; callback given up");
            metrics.Abandoned(S.Channel, S.QueueId!, now - S.CreatedAt);
            await GrainFactory.GetGrain<IAgentGrain>(agentId).InteractionEnded(Id);
            await Persist();
            return Snapshot();
        }
        var next = now + CallbackPolicy.RetryAfter;
        S.AgentId = null;
        // Dial took it out of the schedule it was in; a callback moved to another queue meanwhile is counted there now.
        S.Callback = S.Callback! with { DueAt = next, ScheduledIn = S.QueueId };
        S.Record(now, InteractionStatus.Created, $"{agentId} dialed {number}: {what} (attempt {attempts} of {CallbackPolicy.MaxAttempts}); next try at {next:HH:mm} UTC");
        await _writer.WriteAsync();
        await GrainFactory.GetGrain<IAgentGrain>(agentId).InteractionEnded(Id);
        await Schedule.Add(Id, next);
        return Snapshot();
    }

    /// <summary>A callback that ended any way leaves its queue's schedule, so it is no longer counted.</summary>
    private Task LeaveSchedule() =>
        S.Channel == Channel.Callback && S.QueueId is not null ? Schedule.Remove(Id) : Task.CompletedTask;

    /// <summary>The schedule that counts this callback: the queue it was scheduled in, even if it was moved since.</summary>
    private ICallbackScheduleGrain Schedule => GrainFactory.GetGrain<ICallbackScheduleGrain>(S.Callback?.ScheduledIn ?? S.QueueId!);
}
