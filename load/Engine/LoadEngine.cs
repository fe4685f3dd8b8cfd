using System.Diagnostics;
using ContactCenter.Contracts;

namespace ContactCenter.Load.Engine;

/// <summary>What a finished run leaves behind for the results.</summary>
internal sealed record LoadOutcome(LoadPlan Plan, CallLedger Ledger, double WallSeconds, double ArrivalWallSeconds, bool Completed, int SettleTimeouts, int Faults, string? FirstFault);

/// <summary>
/// Runs a plan against a cluster: builds its queues, customers and agents, then plays the agenda of arrivals,
/// hang-ups, completions and staffing changes until every call has ended or a bound is reached.
/// </summary>
internal sealed class LoadEngine(IGrainFactory grains, LoadPlan plan, LoadScheduler scheduler)
{
    private static readonly TimeSpan Resubscribe = TimeSpan.FromSeconds(60);
    private readonly CallLedger _ledger = new(plan);
    private readonly Dictionary<string, LoadAgent> _agents = [];
    private long _firstArrival, _lastArrival;

    public CallLedger Ledger => _ledger;

    public async Task<LoadOutcome> RunAsync(TimeSpan wallLimit, CancellationToken ct)
    {
        var wall = Stopwatch.StartNew();
        await LoadSetup.ConfigureAsync(grains, plan, ct);
        foreach (var id in plan.AgentsInDutyOrder)
        {
            _agents[id] = new LoadAgent(_ledger.Agent(id), grains, scheduler, _ledger);
            await _agents[id].SubscribeAsync();
            await grains.GetGrain<IAgentGrain>(id).Login();
        }
        ScheduleAgenda();
        using var renewing = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var renewals = RenewSubscriptions(renewing.Token);
        var completed = await scheduler.RunAsync(() => _ledger.Settled(scheduler.Now), () => _ledger.AllDone(plan.Calls.Count),
            plan.ArrivalWindowSeconds + plan.Limits.DrainSeconds, wallLimit - wall.Elapsed, ct,
            () => Task.WhenAll(plan.Queues.Select(q => grains.GetGrain<IQueueGrain>(q.Id).Evaluate())));
        _ledger.Sample(scheduler.Now);
        await renewing.CancelAsync();
        await renewals;
        await LoadSetup.LogOutAsync(grains, plan);
        var arrivalWall = _lastArrival == 0 ? 0 : Stopwatch.GetElapsedTime(_firstArrival, _lastArrival).TotalSeconds;
        return new LoadOutcome(plan, _ledger, wall.Elapsed.TotalSeconds, arrivalWall, completed,
            scheduler.SettleTimeouts, scheduler.Faults, scheduler.FirstFault?.Message);
    }

    private void ScheduleAgenda()
    {
        foreach (var change in plan.Staffing) scheduler.At(change.AtSeconds, () => ApplyStaffing(change.OnDuty));
        foreach (var call in plan.Calls) scheduler.At(call.AtSeconds, () => Arrive(call));
        foreach (var wake in plan.Wakes ?? []) scheduler.At(wake.AtSeconds, () => grains.GetGrain<IQueueGrain>(wake.QueueId).Evaluate());
        var every = Math.Max(1, plan.ArrivalWindowSeconds / 400);
        for (var t = 0.0; t <= plan.ArrivalWindowSeconds + plan.Limits.DrainSeconds; t += every)
        {
            var at = t;
            scheduler.At(at, () => { _ledger.Sample(at); return Task.CompletedTask; });
        }
    }

    private async Task Arrive(PlannedCall planned)
    {
        var call = _ledger.Call(planned.Index);
        var now = scheduler.Now;
        if (Interlocked.CompareExchange(ref _firstArrival, Stopwatch.GetTimestamp(), 0) != 0) _lastArrival = Stopwatch.GetTimestamp();
        _ledger.Arrived(call, now);
        if (double.IsFinite(planned.PatienceSeconds)) scheduler.At(now + planned.PatienceSeconds, () => HangUp(call));
        var created = await grains.GetGrain<IInteractionGrain>(call.InteractionId).Create(new NewInteraction(
            Channel.Voice, planned.CustomerId, null, new Dictionary<string, string> { ["tier"] = planned.Tier },
            planned.Priority, planned.QueueId));
        _ledger.Created(call, created.Status != InteractionStatus.Queued);
    }

    private async Task HangUp(CallRecord call)
    {
        if (call.AnsweredAt is not null) return;
        try { await grains.GetGrain<IInteractionGrain>(call.InteractionId).Abandon(); }
        catch (ContactCenterException) { return; }   // answered in the meantime
        _ledger.Abandoned(call.InteractionId, scheduler.Now);
        scheduler.Changed();
    }

    private Task ApplyStaffing(int onDuty)
    {
        foreach (var (id, i) in plan.AgentsInDutyOrder.Select((id, i) => (id, i)))
        {
            var slot = _ledger.Agent(id);
            var should = i < onDuty;
            if (slot.OnDuty == should) continue;
            _ledger.SetOnDuty(id, should);
            if (should) scheduler.Run(_agents[id].SetReady);
            else if (slot.Holding is null) scheduler.Run(_agents[id].GoOffShift);
        }
        scheduler.Changed();
        return Task.CompletedTask;
    }

    /// <summary>Agents drop observers that are not renewed, which would silently stall a long run.</summary>
    private async Task RenewSubscriptions(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(Resubscribe, TimeProvider.System);
        try
        {
            while (await timer.WaitForNextTickAsync(ct)) await Task.WhenAll(_agents.Values.Select(a => a.SubscribeAsync()));
        }
        catch (OperationCanceledException) { }
    }
}
