using ContactCenter.Contracts;
using System.Diagnostics;
using ContactCenter.Load.Engine;
using ContactCenter.Load.Results;
using ContactCenter.Demo;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Runtime;

namespace ContactCenter.Load.Cases;

/// <summary>
/// Drives one simulated day. Each step moves the virtual clock, opens the cases due in it (spread over the opening
/// hours), lets the simulated workers start and resolve theirs, and fires every reminder whose case deadline the clock
/// has passed: it reads the case's registered reminder from the silo's reminder table and calls
/// IRemindable.ReceiveReminder with that reminder's name and a tick at the virtual now, which is what the reminder
/// service does when a reminder comes due. Every few simulated minutes it runs the board's breach prediction.
/// </summary>
internal sealed class CaseDayDriver(LoadCluster cluster, FakeTimeProvider clock, CasesOptions options)
{
    private const int Batch = 500;
    private const int MaxFiringsPerCaseAndStep = 6;
    private const int OpeningSubSteps = 6;

    private readonly IGrainFactory _grains = cluster.Grains;
    private readonly IReminderTable _reminders = cluster.Services.GetRequiredService<IReminderTable>();
    private readonly Draws _draws = new(options.Seed);
    private readonly Dictionary<string, DateTimeOffset> _deadline = new(StringComparer.Ordinal);
    private readonly PriorityQueue<string, DateTimeOffset> _due = new();
    private readonly PriorityQueue<(string CaseId, CaseStatus To), DateTimeOffset> _work = new();
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _byStep = new(StringComparer.Ordinal);
    private readonly List<double> _lateness = [];
    private readonly List<double> _firingWallMs = [];
    private readonly List<StepFirings> _hours = [];
    private readonly List<string> _caseIds = [];
    private int _escalations, _breaches, _fired, _missing, _started, _resolved, _predictions, _warningsSent;
    private (int Escalations, int Breaches, int Fired) _hourStart;

    public async Task<CasesResult> RunAsync(CancellationToken ct)
    {
        var wall = Stopwatch.StartNew();
        var customers = CasesDay.CustomerCount(options.Cases);
        await ConfigureAsync(customers);
        var before = Measure();
        var end = CasesOptions.DayStart.AddHours(options.DayHours);
        var step = TimeSpan.FromSeconds(options.StepSeconds);
        var openUntil = CasesOptions.DayStart.AddHours(options.OpeningHours);
        MemoryFigures? memory = null;
        var remindersAfterOpening = 0;
        var openSeconds = 0.0;
        var hourFrom = CasesOptions.DayStart;
        var nextPrediction = CasesOptions.DayStart.AddMinutes(options.PredictEveryMinutes);
        var completed = true;
        while (clock.GetUtcNow() < end)
        {
            ct.ThrowIfCancellationRequested();
            if (wall.Elapsed.TotalSeconds > options.MaxWallSeconds) { completed = false; break; }
            await AdvanceOpeningAsync(step, openUntil, customers);
            var now = clock.GetUtcNow();
            if (memory is null && _caseIds.Count == options.Cases)
            {
                openSeconds = wall.Elapsed.TotalSeconds;
                memory = MemorySince(before, options.Cases);
                remindersAfterOpening = await CountRemindersAsync();
            }
            await WorkAsync(now);
            await FireDueAsync(now);
            if (now >= nextPrediction)
            {
                _warningsSent += await _grains.GetGrain<ICaseBoardGrain>("center").PredictBreaches();
                _predictions++;
                while (nextPrediction <= now) nextPrediction += TimeSpan.FromMinutes(options.PredictEveryMinutes);
            }
            if (now - hourFrom >= TimeSpan.FromHours(1) || now >= end) hourFrom = CloseHour(hourFrom, now);
        }
        var reached = clock.GetUtcNow();
        if (reached - hourFrom > TimeSpan.Zero && !completed) CloseHour(hourFrom, reached);
        var (quality, open) = await ReadOutcomesAsync();
        memory ??= MemorySince(before, _caseIds.Count);
        return new CasesResult(options.Cases, options.Seed, options.StepSeconds, CasesOptions.DayStart, reached, completed,
            _escalations, _breaches, _fired, _missing, Percentiles.Of(_lateness), Percentiles.Of(_firingWallMs), _byStep, _hours, memory,
            remindersAfterOpening, await CountRemindersAsync(), open, _started, _resolved, quality, Math.Round(openSeconds, 1),
            Math.Round(wall.Elapsed.TotalSeconds, 1), TimeModel, TimeProvider.System.GetUtcNow(), MachineInfo.Current());
    }

    public const string TimeModel =
        "Grains read a virtual clock stepped by the driver; Orleans' reminder service stays on the wall clock, so the driver fires " +
        "each case's registered reminder (name read from the reminder table) through IRemindable.ReceiveReminder once the virtual " +
        "clock passes the case's next deadline, at the end of the step it falls in. Lateness = virtual time of that firing − the deadline " +
        "(the step's quantisation); FiringWallMs = wall milliseconds from the start of a step's firing to each case's firing done (the cost of firing a burst).";

    private async Task ConfigureAsync(int customers)
    {
        foreach (var (queueId, _) in CasesDay.Queues)
            await _grains.GetGrain<IQueueGrain>(queueId).Configure(new QueueConfig(queueId, queueId, [new SkillRequirement(queueId, 1)],
                new ServiceLevelTarget(80, 20), 3600, OverflowTarget.None, [], PriorityWeights.Default));
        foreach (var (queueId, policy) in CasesDay.Queues) await _grains.GetGrain<IEscalationPolicyGrain>(queueId).Set(policy);
        foreach (var contract in CasesDay.Contracts) await _grains.GetGrain<IServiceContractGrain>(contract.ContractId).Put(contract);
        for (var start = 1; start <= customers; start += Batch)
            await Task.WhenAll(Enumerable.Range(start, Math.Min(Batch, customers - start + 1))
                .Select(n => _grains.GetGrain<ICustomerGrain>(CasesDay.CustomerId(n)).Upsert(CasesDay.Customer(n))));
    }

    /// <summary>Moves the clock one step in sub-steps, opening the cases due by each, so deadlines fall anywhere within a step.</summary>
    private async Task AdvanceOpeningAsync(TimeSpan step, DateTimeOffset openUntil, int customers)
    {
        for (var sub = 0; sub < OpeningSubSteps; sub++)
        {
            clock.Advance(step / OpeningSubSteps);
            var at = clock.GetUtcNow();
            var target = at >= openUntil ? options.Cases
                : (int)(options.Cases * ((at - CasesOptions.DayStart) / (openUntil - CasesOptions.DayStart)));
            if (_caseIds.Count < target) await OpenAsync(target, customers);
        }
    }

    private async Task OpenAsync(int target, int customers)
    {
        var now = clock.GetUtcNow();
        while (_caseIds.Count < target)
        {
            var batch = new List<(string Id, CaseDraft Draft, CaseScript Script)>();
            while (_caseIds.Count + batch.Count < target && batch.Count < Batch)
            {
                var n = _caseIds.Count + batch.Count + 1;
                var draft = CasesDay.Draft(n, customers, _draws);
                var terms = Contract(draft.CustomerId).For(draft.Priority);
                batch.Add((CasesDay.CaseId(n), draft, CaseScript.Draw(_draws, terms.FirstResponseMinutes, terms.ResolutionMinutes)));
            }
            var snapshots = await Task.WhenAll(batch.Select(b => _grains.GetGrain<ICaseGrain>(b.Id).Create(b.Draft)));
            foreach (var (b, snapshot) in batch.Zip(snapshots))
            {
                _caseIds.Add(b.Id);
                Track(snapshot, now);
                if (b.Script.StartAfterMinutes is { } s) _work.Enqueue((b.Id, CaseStatus.InProgress), now.AddMinutes(s));
                if (b.Script.ResolveAfterMinutes is { } r) _work.Enqueue((b.Id, CaseStatus.Resolved), now.AddMinutes(r));
            }
        }
    }

    private static ServiceContract Contract(string customerId) =>
        CasesDay.Contracts[int.Parse(customerId.AsSpan("lc-cust-".Length), System.Globalization.CultureInfo.InvariantCulture) % CasesDay.Contracts.Count];

    /// <summary>The workers' moves due by now; a move the case no longer allows (moved by an escalation) is skipped, as a person would.</summary>
    private async Task WorkAsync(DateTimeOffset now)
    {
        var due = new List<(string CaseId, CaseStatus To)>();
        while (_work.TryPeek(out _, out var at) && at <= now) due.Add(_work.Dequeue());
        foreach (var chunk in due.Chunk(Batch))
        {
            var done = await Task.WhenAll(chunk.Select(async w =>
            {
                try { return (w.To, Snapshot: await _grains.GetGrain<ICaseGrain>(w.CaseId).ChangeStatus(w.To, "Simulated worker")); }
                catch (ContactCenterException) { return (w.To, Snapshot: (CaseSnapshot?)null); }
            }));
            foreach (var (to, snapshot) in done.Where(d => d.Snapshot is not null))
            {
                if (to == CaseStatus.InProgress) _started++; else _resolved++;
                Track(snapshot!, now);
            }
        }
    }

    private async Task FireDueAsync(DateTimeOffset now)
    {
        var firings = new Dictionary<string, int>(StringComparer.Ordinal);
        var later = new List<(string Id, DateTimeOffset At)>();
        while (true)
        {
            var due = new HashSet<string>(StringComparer.Ordinal);
            while (_due.TryPeek(out var id, out var at) && at <= now)
            {
                _due.Dequeue();
                if (!_deadline.TryGetValue(id, out var current) || current != at || due.Contains(id)) continue;
                // A case whose deadline does not move after this many firings waits for the next step.
                if ((firings[id] = firings.GetValueOrDefault(id) + 1) > MaxFiringsPerCaseAndStep) later.Add((id, at));
                else due.Add(id);
            }
            if (due.Count == 0)
            {
                foreach (var (id, at) in later) _due.Enqueue(id, at);
                return;
            }
            var phase = Stopwatch.StartNew();
            foreach (var chunk in due.Chunk(Batch))
                foreach (var (snapshot, ms) in await Task.WhenAll(chunk.Select(id => Timed(FireAsync(id, now), phase))))
                {
                    _firingWallMs.Add(ms);
                    if (snapshot is not null) Track(snapshot, now);
                }
        }
    }

    /// <summary>Wall milliseconds from the start of the step's firing until this case's firing was done.</summary>
    private static async Task<(CaseSnapshot? Snapshot, double Ms)> Timed(Task<CaseSnapshot?> firing, Stopwatch phase)
    {
        var snapshot = await firing;
        return (snapshot, phase.Elapsed.TotalMilliseconds);
    }

    private async Task<CaseSnapshot?> FireAsync(string caseId, DateTimeOffset now)
    {
        var grain = _grains.GetGrain<ICaseGrain>(caseId);
        var rows = (await _reminders.ReadRows(grain.GetGrainId())).Reminders;
        if (rows.Count == 0)
        {
            Interlocked.Increment(ref _missing);
            return await grain.GetSnapshot();
        }
        foreach (var row in rows)
        {
            await grain.AsReference<IRemindable>().ReceiveReminder(row.ReminderName, new TickStatus(row.StartAt, row.Period, now.UtcDateTime));
            Interlocked.Increment(ref _fired);
        }
        return await grain.GetSnapshot();
    }

    /// <summary>
    /// Counts the escalations and breaches new on the timeline (seen at virtual time <paramref name="at"/>) against the
    /// deadline known before, then follows the next one.
    /// </summary>
    private void Track(CaseSnapshot snapshot, DateTimeOffset at)
    {
        var id = snapshot.CaseId;
        var seen = _seen.GetValueOrDefault(id);
        var known = _deadline.TryGetValue(id, out var d) ? d : (DateTimeOffset?)null;
        var fresh = snapshot.Timeline.Skip(seen).ToList();
        var escalated = fresh.Count(e => e.Kind == CaseEventKind.Escalated);
        var level = snapshot.EscalationLevel - escalated;
        foreach (var e in fresh)
        {
            if (e.Kind is not (CaseEventKind.Escalated or CaseEventKind.FirstResponseBreached or CaseEventKind.ResolutionBreached)) continue;
            var name = e.Kind == CaseEventKind.Escalated ? StepName(++level) : e.Kind.ToString();
            _byStep[name] = _byStep.GetValueOrDefault(name) + 1;
            if (e.Kind == CaseEventKind.Escalated) _escalations++; else _breaches++;
            // The grain dates an entry at the instant it was due; lateness is when it actually fired on the virtual clock.
            if (known is { } due && due <= at) _lateness.Add((at - due).TotalSeconds);
        }
        _seen[id] = snapshot.Timeline.Count;
        if (snapshot.Status.IsOpen() && snapshot.Sla.NextDeadline is { } next)
        {
            if (known != next) _due.Enqueue(id, next);
            _deadline[id] = next;
        }
        else _deadline.Remove(id);
    }

    private static string StepName(int level) => Enum.IsDefined((EscalationStep)level) ? ((EscalationStep)level).ToString() : $"Level{level}";

    private DateTimeOffset CloseHour(DateTimeOffset from, DateTimeOffset to)
    {
        _hours.Add(new StepFirings(from, to, _escalations - _hourStart.Escalations, _breaches - _hourStart.Breaches, _fired - _hourStart.Fired));
        _hourStart = (_escalations, _breaches, _fired);
        return to;
    }

    private async Task<(WarningQuality Quality, int Open)> ReadOutcomesAsync()
    {
        var outcomes = new List<(DateTimeOffset? FirstWarning, DateTimeOffset? Breach)>();
        var open = 0;
        foreach (var chunk in _caseIds.Chunk(Batch))
            foreach (var s in await Task.WhenAll(chunk.Select(id => _grains.GetGrain<ICaseGrain>(id).GetSnapshot())))
            {
                if (s.Status.IsOpen()) open++;
                outcomes.Add((s.Timeline.FirstOrDefault(e => e.Kind == CaseEventKind.BreachWarning)?.At,
                    s.Timeline.FirstOrDefault(e => e.Kind == CaseEventKind.FirstResponseBreached)?.At));
            }
        return (WarningQuality.Of(outcomes, _predictions, _warningsSent), open);
    }

    private async Task<int> CountRemindersAsync() => (await _reminders.ReadRows(0, 0)).Reminders.Count;

    private static MemoryFigures MemorySince((long Managed, long WorkingSet) before, int cases)
    {
        var after = Measure();
        return new MemoryFigures(before.Managed, after.Managed, before.WorkingSet, after.WorkingSet, cases);
    }

    private static (long Managed, long WorkingSet) Measure()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var managed = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        return (managed, process.WorkingSet64);
    }
}
