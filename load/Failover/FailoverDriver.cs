using System.Globalization;
using ContactCenter.Contracts;
using ContactCenter.Load.Engine;
using Spectre.Console;

namespace ContactCenter.Load.Failover;

/// <summary>What the driver leaves for the audit and the report.</summary>
internal sealed record DriverOutcome(double ArrivalsEnd, double DrainSeconds, bool Drained, KillOutcome? Kill, KillPlacement? Placement);

/// <summary>
/// Plays the plan's arrivals on the wall clock against a running cluster, kills the silo at the chosen second,
/// then drains (bounded) until every call it created has been completed. Agents re-subscribe every few seconds.
/// Nothing here waits without a bound: arrivals end at --duration, the drain at --drain.
/// </summary>
internal sealed class FailoverDriver
{
    private static readonly TimeSpan Resubscribe = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Progress = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);
    private const int SetupBatch = 64;
    private readonly IGrainFactory _grains;
    private readonly LoadPlan _plan;
    private readonly FailoverSettings _settings;
    private readonly TimeProvider _time;
    private readonly CancellationTokenSource _stopping = new();

    private readonly EdgeCreator? _edge;

    /// <param name="edge">Creates through the dashboards' API when given; otherwise straight to the grains.</param>
    public FailoverDriver(IGrainFactory grains, LoadPlan plan, FailoverSettings settings, TimeProvider time, EdgeCreator? edge = null)
    {
        (_grains, _plan, _settings, _time, _edge) = (grains, plan, settings, time, edge);
        Ledger = new FailoverLedger(plan, time);
        var group = plan.Groups[0];
        Agents = group.AgentIds.Select(id => new FailoverAgent(id, group, grains, Ledger, Errors, time, Track, _stopping.Token)).ToArray();
    }

    public FailoverLedger Ledger { get; }
    public DriverErrors Errors { get; } = new();
    public IReadOnlyList<FailoverAgent> Agents { get; }

    /// <param name="setUp">Runs once the queue and agents are set up, just before the first arrival (to read counters that exclude setup).</param>
    public async Task<DriverOutcome> RunAsync(CancellationToken ct, Func<Task>? setUp = null)
    {
        await LoadSetup.ConfigureAsync(_grains, _plan, ct);
        foreach (var chunk in Agents.Chunk(SetupBatch)) await Task.WhenAll(chunk.Select(a => a.StartAsync()));
        if (setUp is not null) await setUp();
        Ledger.Start();
        using var background = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var renewals = RenewSubscriptions(background.Token);
        var progress = ShowProgress(background.Token);
        var kill = _settings.KillPidFile is { } pidFile ? KillAt(pidFile, ct) : Task.FromResult<(KillOutcome, GrainPlacement?)?>(null);
        await PlayArrivals(ct);
        var arrivalsEnd = Ledger.Now;
        var drained = await Drain(arrivalsEnd + _settings.DrainSeconds, ct);
        var drainSeconds = Ledger.Now - arrivalsEnd;
        await background.CancelAsync();
        await Task.WhenAll(renewals, progress);
        var killed = await kill;
        return new DriverOutcome(arrivalsEnd, drainSeconds, drained, killed?.Item1, killed?.Item2 is { } placement ? await AfterKill(placement) : null);
    }

    /// <summary>Once the audit is done: stop the agents' pending work and sign them out (best effort, errors counted).</summary>
    public async Task StopAsync()
    {
        await _stopping.CancelAsync();
        foreach (var chunk in Agents.Chunk(SetupBatch))
            await Task.WhenAll(chunk.Select(async a =>
            {
                try { await _grains.GetGrain<IAgentGrain>(a.AgentId).Logout(); }
                catch (Exception ex) { Errors.Record("logout", ex); }
            }));
    }

    private async Task PlayArrivals(CancellationToken ct)
    {
        foreach (var planned in _plan.Calls)
        {
            var wait = planned.AtSeconds - Ledger.Now;
            if (wait > 0) await Task.Delay(TimeSpan.FromSeconds(wait), _time, ct);
            var call = Ledger.Call(planned.Index);
            Track(() => Create(call, ct));
        }
        var end = _plan.ArrivalWindowSeconds - Ledger.Now;
        if (end > 0) await Task.Delay(TimeSpan.FromSeconds(end), _time, ct);
    }

    private async Task Create(FailoverCall call, CancellationToken ct)
    {
        var request = new NewInteraction(Channel.Voice, call.Plan.CustomerId, null,
            new Dictionary<string, string> { ["tier"] = call.Plan.Tier, ["run"] = Ledger.Prefix }, call.Plan.Priority, call.Plan.QueueId);
        var outcome = await CreationRetry.RunAsync(
            async () => _edge is { } edge
                ? await edge.CreateAsync(call.InteractionId, request, ct)
                : (await _grains.GetGrain<IInteractionGrain>(call.InteractionId).Create(request)).Status,
            _settings.CreateAttempts, CreationRetry.Backoff, AttemptTimeout, _time,
            () => Ledger.CreateAttempt(call), ex => Errors.Record("create", ex), ct, () => Ledger.Refused(call),
            CreationRetry.Spread(new Random(HashCode.Combine(_settings.Seed, call.Plan.Index))));
        if (outcome.Created) Ledger.Created(call, outcome.OfferedAtOnce);
        else if (outcome.GaveUp) Ledger.GaveUp(call);
        else Ledger.CreateFailed(call);
    }

    private async Task<(KillOutcome, GrainPlacement?)?> KillAt(FileInfo pidFile, CancellationToken ct)
    {
        var wait = _settings.KillAfterSeconds - Ledger.Now;
        if (wait > 0) await Task.Delay(TimeSpan.FromSeconds(wait), _time, ct);
        GrainPlacement? placement = null;
        try { placement = await GrainPlacement.SnapshotAsync(_grains, _plan, Ledger.Calls.Where(c => c.Created && c.CompletedAt is null).Select(c => c.InteractionId).ToArray(), _time); }
        catch (Exception ex) { Errors.Record("placement", ex); }
        if (_settings.KillQueueHost) pidFile = SiloKiller.QueueHost(pidFile, placement?.QueueSiloPort);
        var outcome = SiloKiller.Kill(pidFile, Ledger.Now);
        AnsiConsole.MarkupLine(outcome.Killed
            ? $"[red bold]t={outcome.AtSeconds:0.0}s: sent SIGKILL to silo pid {outcome.Pid} ({Markup.Escape(pidFile.Name)})[/]"
            : $"[red]t={outcome.AtSeconds:0.0}s: no kill: {Markup.Escape(outcome.Error ?? "")}[/]");
        return (outcome, outcome.Killed ? placement : null);
    }

    private async Task<KillPlacement?> AfterKill(GrainPlacement placement)
    {
        try { return await placement.AfterKillAsync(_grains, _time); }
        catch (Exception ex)
        {
            Errors.Record("placement", ex);
            return null;
        }
    }

    /// <summary>Waits until every call the run created has been completed by its agent, or the deadline.</summary>
    private async Task<bool> Drain(double deadline, CancellationToken ct)
    {
        while (Ledger.Unfinished() > 0)
        {
            if (Ledger.Now >= deadline) return false;
            await Task.Delay(TimeSpan.FromMilliseconds(500), _time, ct);
        }
        return true;
    }

    private async Task RenewSubscriptions(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(Resubscribe, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(ct)) await Task.WhenAll(Agents.Select(a => a.ResubscribeAsync()));
        }
        catch (OperationCanceledException) { }
    }

    private async Task ShowProgress(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(Progress, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                var calls = Ledger.Calls;
                AnsiConsole.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                    $"t={Ledger.Now,6:0.0}s  arrived {calls.Count(c => c.CreateStartedAt is not null),5}  created {calls.Count(c => c.Created),5}  " +
                    $"answered {calls.Count(c => c.AnsweredAt is not null),5}  completed {calls.Count(c => c.CompletedAt is not null),5}  " +
                    $"unfinished {Ledger.Unfinished(),4}  driver errors {Errors.Snapshot().Sum(e => e.Count),5}"));
            }
        }
        catch (OperationCanceledException) { }
    }

    /// <summary>Starts work the run does not wait for directly; its failures are counted, never thrown.</summary>
    private void Track(Func<Task> work) => _ = Tracked(work);

    private async Task Tracked(Func<Task> work)
    {
        try { await work(); }
        catch (OperationCanceledException) { }
        catch (Exception ex) { Errors.Record("driver", ex); }
    }
}
